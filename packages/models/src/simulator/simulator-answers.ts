import type { ClassificationModel, ExtractionModel } from '../model-contracts';
import { readPromptBlocks } from '../prompts/prompt-blocks';
import type { FieldNoise } from './field-noise';
import { withSurrogates } from './placeholder-surrogates';

export class SimulatorRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface ChatMessage {
  role?: unknown;
  content?: unknown;
}

/** Roughly 4 characters per token, like the OpenAI tokenizer on English text. */
export function simulatedTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/**
 * Reads the extraction or classification prompt (the tagged blocks of prompt-blocks.ts) and answers
 * it with a local model, as JSON text in the shape the prompt asks for. With `noise`, an extraction
 * answer may read one field differently (`request` identifies the request for its draw).
 */
export async function answerChat(
  messages: readonly ChatMessage[],
  models: { extraction: ExtractionModel | null; classification: ClassificationModel | null },
  noise: { noise: FieldNoise; request: string } | null = null,
): Promise<string> {
  const text = messages.map((message) => (typeof message.content === 'string' ? message.content : '')).join('\n');
  const blocks = readPromptBlocks(text);
  if (!blocks.document) throw new SimulatorRequestError(400, 'no <document> block in the messages');
  const document = withSurrogates(blocks.document.text);
  if (blocks.fields) {
    if (!models.extraction) throw new SimulatorRequestError(501, 'simulator has no extraction model');
    const result = await models.extraction.extract(
      { documentId: 'simulated', tenant: 'simulated', kind: blocks.document.kind ?? 'other', text: document.text },
      blocks.fields,
    );
    const fields = result.value.map((field) => ({ ...field, value: document.restore(field.value) }));
    return JSON.stringify({ fields: noise ? noise.noise.apply(fields, noise.request) : fields });
  }
  if (blocks.labels) {
    if (!models.classification) throw new SimulatorRequestError(501, 'simulator has no classification model');
    const result = await models.classification.classify(document.text, blocks.labels);
    return JSON.stringify(result.value);
  }
  throw new SimulatorRequestError(400, 'neither <fields> nor <labels> in the messages');
}
