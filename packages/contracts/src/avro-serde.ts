import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import avsc from 'avsc';
import { SluiceError } from '@sluice/errors';
import { withWriterAliases } from './schema-aliases';
import { registerTopicSchemas } from './schema-registration';
import { physicalTopic, topicSchema } from './topic-catalogue';

const MAGIC_BYTE = 0;
/** Magic byte + 4-byte schema id before the Avro binary. */
const HEADER_BYTES = 5;

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
  /** Resolutions by logical topic, then writer schema id (no key string built per record). */
  private readonly resolutions = new Map<string, Map<number, Resolution>>();
  /** Scratch space the encoder writes into before copying out exactly the bytes written. */
  private scratch = Buffer.allocUnsafe(64 * 1024);

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

  /**
   * Encodes `value` with the schema registered for `topic` (`prepare` first): magic byte, schema id,
   * Avro binary, in one buffer of exactly that size. avsc writes into a reused scratch buffer (grown
   * when a value needs more), then the bytes are copied out once; the registry client's `encode`
   * copied each value twice more (`toBuffer`, then `Buffer.concat` with a 4-byte id buffer), which
   * was most of the runtime's encoding cost per record. Throws INVALID_INPUT naming the paths that
   * do not fit the schema, CONFIG for a topic not prepared.
   */
  async encode<T>(topic: string, value: T): Promise<Buffer> {
    const schemaId = this.schemaId(topic);
    const type = this.readerType(topic);
    try {
      let end = type.encode(value, this.scratch, HEADER_BYTES);
      if (end < 0) {
        this.scratch = Buffer.allocUnsafe(Math.max(2 * this.scratch.length, this.scratch.length - end));
        end = type.encode(value, this.scratch, HEADER_BYTES);
      }
      const out = Buffer.allocUnsafe(end);
      this.scratch.copy(out, HEADER_BYTES, HEADER_BYTES, end);
      out.writeUInt8(MAGIC_BYTE, 0);
      out.writeInt32BE(schemaId, 1);
      return Promise.resolve(out);
    } catch (error) {
      const paths: string[] = [];
      type.isValid(value, { errorHook: (path) => paths.push(path.join('.') || '(value)') });
      throw new SluiceError('INVALID_INPUT', `value does not fit the ${topic} schema: ${(error as Error).message}${paths.length ? ` (at ${paths.join(', ')})` : ''}`, {
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
    const { reader, resolver } = this.resolutions.get(topic)?.get(schemaId) ?? (await this.resolution(topic, schemaId));
    // avsc's fromBuffer without its subarray: decode from after the header, then require every byte read.
    let decoded: { value: unknown; offset: number };
    try {
      decoded = reader.decode(buffer, HEADER_BYTES, resolver);
    } catch (error) {
      throw this.notAvro(topic, schemaId, (error as Error).message, error);
    }
    if (decoded.offset < 0) throw this.notAvro(topic, schemaId, 'truncated buffer');
    if (decoded.offset !== buffer.length) throw this.notAvro(topic, schemaId, 'trailing data');
    return { value: decoded.value as T, schemaId };
  }

  private notAvro(topic: string, schemaId: number, reason: string, cause?: unknown): SluiceError {
    return new SluiceError('DECODE_FAILED', `value with schema id ${schemaId} is not valid Avro for ${physicalTopic(topic, this.prefix)}: ${reason}`, { cause });
  }

  /** Reader type and writer-to-reader resolver per (topic, writer schema id), built once. */
  private async resolution(topic: string, schemaId: number): Promise<Resolution> {
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
    let byId = this.resolutions.get(topic);
    if (!byId) this.resolutions.set(topic, (byId = new Map<number, Resolution>()));
    byId.set(schemaId, resolution);
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
