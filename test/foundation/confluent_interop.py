#!/usr/bin/env python3
"""A non-JavaScript Sluice client: confluent-kafka (librdkafka) + Apache Avro from Debian's packages.

  produce BROKERS REGISTRY TOPIC      reads JSON records (one per line, with "id") on stdin and writes
                                     them in Confluent wire format with the registry's latest schema
                                     of TOPIC-value, keyed by id (UTF-8)
  consume BROKERS REGISTRY TOPIC N   reads N records from the beginning, resolves each schema id at
                                     the registry, prints {"key","schemaId","value"} JSON lines
"""
import io
import json
import os
import struct
import sys
import uuid

import avro.io
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from confluent_registry import http_json, parse  # noqa: E402
from confluent_kafka import Consumer, Producer


def produce(brokers, registry, topic):
    latest = http_json(f"{registry}/subjects/{topic}-value/versions/latest")
    schema = parse(latest["schema"])
    writer = avro.io.DatumWriter(schema)
    producer = Producer({"bootstrap.servers": brokers})
    for line in sys.stdin:
        if not line.strip():
            continue
        record = json.loads(line)
        body = io.BytesIO()
        body.write(struct.pack(">bI", 0, latest["id"]))
        writer.write(record, avro.io.BinaryEncoder(body))
        producer.produce(topic, key=record["id"].encode("utf-8"), value=body.getvalue())
    if producer.flush(30) != 0:
        sys.exit("records left unsent")


def consume(brokers, registry, topic, count):
    consumer = Consumer({
        "bootstrap.servers": brokers,
        "group.id": f"py-{uuid.uuid4()}",
        "auto.offset.reset": "earliest",
        "isolation.level": "read_committed",
    })
    consumer.subscribe([topic])
    readers = {}
    seen = 0
    idle = 0
    while seen < count and idle < 60:
        message = consumer.poll(1.0)
        if message is None:
            idle += 1
            continue
        if message.error():
            sys.exit(str(message.error()))
        value = message.value()
        magic, schema_id = struct.unpack(">bI", value[:5])
        if magic != 0:
            sys.exit(f"magic byte {magic}")
        if schema_id not in readers:
            schema_text = http_json(f"{registry}/schemas/ids/{schema_id}")["schema"]
            readers[schema_id] = avro.io.DatumReader(parse(schema_text))
        decoded = readers[schema_id].read(avro.io.BinaryDecoder(io.BytesIO(value[5:])))
        print(json.dumps({"key": message.key().decode("utf-8"), "schemaId": schema_id, "value": decoded}), flush=True)
        seen += 1
    consumer.close()
    if seen < count:
        sys.exit(f"only {seen} of {count} records")


if __name__ == "__main__":
    mode, brokers, registry, topic = sys.argv[1:5]
    if mode == "produce":
        produce(brokers, registry, topic)
    else:
        consume(brokers, registry, topic, int(sys.argv[5]))
