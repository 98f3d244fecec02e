#!/usr/bin/env python3
"""A non-JavaScript producer of bad inputs: confluent-kafka (librdkafka) + Apache Avro from Debian's packages.

  bad_producer.py BROKERS REGISTRY TOPIC

reads one JSON object per line on stdin and writes each as one Kafka record to TOPIC, in order:

  {"key": "id" | null, "keyHex": "ff00"?,           the record key (UTF-8), none, or raw bytes
   "valueHex": "..."                                raw value bytes, nothing else; or
   "record": {...},                                 an Avro record in Confluent wire format, written with
   "schema": {...}?, "subject": "name"?,            this schema registered under this subject (default:
                                                    the registry's latest schema of TOPIC-value),
   "schemaId": 123?,                                this schema id in the header instead of the real one,
   "patch": ["placeholder", "hex"]?,                the placeholder's UTF-8 bytes replaced by these raw
                                                    bytes (same length) after encoding: invalid UTF-8
   "cut": true?}                                    only the first half of the encoded value
  "valueHex": null writes a record without a value (a tombstone).

Prints the number of records written.
"""
import io
import json
import os
import struct
import sys

import avro.io
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from confluent_registry import http_json, parse  # noqa: E402
from confluent_kafka import Producer


def main(brokers, registry, topic):
    latest = http_json(f"{registry}/subjects/{topic}-value/versions/latest")
    producer = Producer({"bootstrap.servers": brokers, "message.max.bytes": 16 * 1024 * 1024})
    sent = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        spec = json.loads(line)
        if "keyHex" in spec:
            key = bytes.fromhex(spec["keyHex"])
        else:
            key = None if spec.get("key") is None else spec["key"].encode("utf-8")
        if "valueHex" in spec:
            value = None if spec["valueHex"] is None else bytes.fromhex(spec["valueHex"])
        else:
            if "schema" in spec:
                schema_text = json.dumps(spec["schema"])
                schema_id = http_json(f"{registry}/subjects/{spec['subject']}/versions", {"schema": schema_text})["id"]
            else:
                schema_text, schema_id = latest["schema"], latest["id"]
            body = io.BytesIO()
            body.write(struct.pack(">bI", 0, spec.get("schemaId", schema_id)))
            avro.io.DatumWriter(parse(schema_text)).write(spec["record"], avro.io.BinaryEncoder(body))
            value = body.getvalue()
            if "patch" in spec:
                placeholder, raw = spec["patch"][0].encode("utf-8"), bytes.fromhex(spec["patch"][1])
                if len(placeholder) != len(raw) or placeholder not in value:
                    sys.exit("patch must replace a placeholder of the same length")
                value = value.replace(placeholder, raw, 1)
            if spec.get("cut"):
                value = value[: len(value) // 2]
        producer.produce(topic, key=key, value=value)
        sent += 1
    if producer.flush(30) != 0:
        sys.exit("records left unsent")
    print(sent)


if __name__ == "__main__":
    main(*sys.argv[1:4])
