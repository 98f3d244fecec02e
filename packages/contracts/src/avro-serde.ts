import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import avsc from 'avsc';
import { SluiceError } from '@sluice/errors';
import { withWriterAliases } from './schema-aliases';
import { registerTopicSchemas } from './schema-registration';
import { physicalTopic, topicSchema } from './topic-catalogue';

const MAGIC_BYTE = 0;

interface Resolution {
  reader: avsc.Type;
  resolver: avsc.Resolver | undefined;
}

export interface Decoded<T> {
  value: T;
  schemaId: number;
}

/**
 * Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro binary) for the topics of
 * the catalogue. Encodes with the schema registered for the topic; decodes with the writer's schema
 * from the registry resolved to our reader schema, so older and newer producers both read as the
 * generated types.
 */
export class AvroSerde {
  private readonly schemaIds = new Map<string, number>();
  private readonly readers = new Map<string, avsc.Type>();
  private readonly resolutions = new Map<string, Resolution>();

  constructor(
    readonly registry: SchemaRegistry,
    readonly registryUrl: string,
    readonly prefix = '',
  ) {}

  static connect(registryUrl: string, prefix = ''): AvroSerde {
    return new AvroSerde(new SchemaRegistry({ host: registryUrl }), registryUrl, prefix);
  }

  /** Registers (idempotently) the value schemas of `topics`; call once at start. */
  async prepare(topics: readonly string[]): Promise<void> {
    const ids = await registerTopicSchemas(this.registry, this.registryUrl, topics, this.prefix);
    for (const [topic, id] of ids) this.schemaIds.set(topic, id);
  }

  schemaId(topic: string): number {
    const id = this.schemaIds.get(topic);
    if (id === undefined) throw new SluiceError('CONFIG', `schema of ${topic} not registered; call prepare([...]) first`);
    return id;
  }

  async encode<T>(topic: string, value: T): Promise<Buffer> {
    try {
      return await this.registry.encode(this.schemaId(topic), value);
    } catch (error) {
      if (error instanceof SluiceError) throw error;
      throw new SluiceError('INVALID_INPUT', `value does not fit the ${topic} schema: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  /** Decodes a value of `topic`; bad bytes and unknown schema ids become non-retryable errors. */
  async decode<T>(topic: string, buffer: Buffer | null): Promise<Decoded<T>> {
    if (!buffer || buffer.length < 5 || buffer.readUInt8(0) !== MAGIC_BYTE) {
      throw new SluiceError('DECODE_FAILED', 'value is not in Confluent wire format (magic byte 0 + schema id)');
    }
    const schemaId = buffer.readInt32BE(1);
    const { reader, resolver } = await this.resolution(topic, schemaId);
    try {
      return { value: reader.fromBuffer(buffer.subarray(5), resolver) as T, schemaId };
    } catch (error) {
      throw new SluiceError(
        'DECODE_FAILED',
        `value with schema id ${schemaId} is not valid Avro for ${physicalTopic(topic, this.prefix)}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  /** Reader type and writer-to-reader resolver per (topic, writer schema id), built once. */
  private async resolution(topic: string, schemaId: number): Promise<Resolution> {
    const key = `${topic}\u0000${schemaId}`;
    const cached = this.resolutions.get(key);
    if (cached) return cached;
    let writer: avsc.Type;
    try {
      writer = (await this.registry.getSchema(schemaId)) as unknown as avsc.Type;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 404) {
        throw new SluiceError('UNKNOWN_SCHEMA', `schema id ${schemaId} is not known to the registry`, { cause: error });
      }
      throw new SluiceError('UNAVAILABLE', `schema registry lookup of id ${schemaId} failed`, { cause: error });
    }
    const reader = this.readerType(topic);
    let resolution: Resolution;
    try {
      resolution = { reader, resolver: reader.equals(writer) ? undefined : reader.createResolver(writer) };
    } catch (error) {
      // Another namespace for the same names: resolve by unqualified names, as the Avro spec does.
      const aliased = avsc.Type.forSchema(withWriterAliases(topicSchema(topic) as never, writer.schema() as never) as avsc.Schema);
      try {
        resolution = { reader: aliased, resolver: aliased.createResolver(writer) };
      } catch {
        throw new SluiceError(
          'DECODE_FAILED',
          `schema id ${schemaId} cannot be read as ${topic} (${readerName(reader)}): ${(error as Error).message}. ` +
            'The writer schema must resolve to the reader schema by the Avro rules: same record names (any namespace), ' +
            'new fields with defaults, matching or promotable types',
          { cause: error },
        );
      }
    }
    this.resolutions.set(key, resolution);
    return resolution;
  }

  private readerType(topic: string): avsc.Type {
    let type = this.readers.get(topic);
    if (!type) {
      type = avsc.Type.forSchema(topicSchema(topic));
      this.readers.set(topic, type);
    }
    return type;
  }
}

function readerName(type: avsc.Type): string {
  return type.name ?? type.typeName;
}
