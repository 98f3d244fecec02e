"""Schema registry and Avro helpers shared by the tests' Python clients (confluent_interop.py,
bad_producer.py): the registry's Confluent REST API over urllib, and Apache Avro schemas parsed
without logical types (they change only the in-memory representation, not the wire bytes, and
plain longs keep the scripts' JSON in step with the JavaScript side's epoch milliseconds)."""
import json
import urllib.request

import avro.schema


def http_json(url, body=None):
    """GET `url` (or POST `body` as JSON) at the registry; the decoded JSON answer."""
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/vnd.schemaregistry.v1+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def without_logical_types(node):
    if isinstance(node, dict):
        return {k: without_logical_types(v) for k, v in node.items() if k != "logicalType"}
    if isinstance(node, list):
        return [without_logical_types(v) for v in node]
    return node


def parse(schema_text):
    """An Avro schema from the registry's schema text, logical types dropped."""
    return avro.schema.parse(json.dumps(without_logical_types(json.loads(schema_text))))
