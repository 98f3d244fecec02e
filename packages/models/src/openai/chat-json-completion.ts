import { z } from 'zod';
import { SluiceError } from '@sluice/errors';
import type { RenderedPrompt } from '../prompts/prompt-template';
import { postJson, type OpenAiEndpoint } from './openai-endpoint';

export interface JsonCompletionRequest {
  model: string;
  prompt: RenderedPrompt;
  schemaName: string;
  schema: Record<string, unknown>;
  maxOutputTokens: number;
  temperature: number;
}

export interface JsonCompletion {
  /** The answer's text (JSON), still with any PII placeholders. */
  content: string;
  inputTokens: number | null;
  outputTokens: number | null;
}

const chatResponseSchema = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullable().optional() }), finish_reason: z.string().nullish() }))
    .min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number().optional() }).nullish(),
});

function requestBody(request: JsonCompletionRequest, format: 'json_schema' | 'json_object') {
  return {
    model: request.model,
    messages: [
      { role: 'system', content: request.prompt.system },
      { role: 'user', content: request.prompt.user },
    ],
    temperature: request.temperature,
    max_tokens: request.maxOutputTokens,
    response_format:
      format === 'json_schema'
        ? { type: 'json_schema', json_schema: { name: request.schemaName, strict: true, schema: request.schema } }
        : { type: 'json_object' },
  };
}

/** A 400 that names the response format: the server does not do structured outputs. */
function refusesJsonSchema(error: unknown): boolean {
  return (
    error instanceof SluiceError &&
    error.code === 'INVALID_INPUT' &&
    /response_format|json_schema/i.test(error.message)
  );
}

/**
 * One chat completion asking for JSON. `auto` endpoints try `json_schema` (OpenAI structured
 * outputs, vLLM, llama.cpp, Ollama ≥ 0.5) and drop to `json_object` for good once a server refuses it.
 */
export async function requestJsonCompletion(
  endpoint: OpenAiEndpoint,
  request: JsonCompletionRequest,
  signal: AbortSignal,
): Promise<JsonCompletion> {
  const mode = endpoint.config.responseFormat;
  const useSchema = mode === 'json_schema' || (mode === 'auto' && !endpoint.jsonSchemaRefused);
  let raw: unknown;
  try {
    raw = await postJson(endpoint, 'chat/completions', request.model, requestBody(request, useSchema ? 'json_schema' : 'json_object'), signal);
  } catch (error) {
    if (!(mode === 'auto' && useSchema && refusesJsonSchema(error))) throw error;
    endpoint.jsonSchemaRefused = true;
    raw = await postJson(endpoint, 'chat/completions', request.model, requestBody(request, 'json_object'), signal);
  }
  const parsed = chatResponseSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SluiceError('INVALID_MODEL_OUTPUT', `${endpoint.name}: not a chat completion: ${parsed.error.message}`);
  }
  const choice = parsed.data.choices[0];
  const content = choice?.message.content;
  if (!content) throw new SluiceError('INVALID_MODEL_OUTPUT', `${endpoint.name}: empty answer (${choice?.finish_reason ?? 'no reason'})`);
  return {
    content,
    inputTokens: parsed.data.usage?.prompt_tokens ?? null,
    outputTokens: parsed.data.usage?.completion_tokens ?? null,
  };
}

/** Parses the answer's JSON; tolerates a Markdown code fence, which small local models add. */
export function parseJsonAnswer(content: string, source: string): unknown {
  const unfenced = content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, '$1');
  try {
    return JSON.parse(unfenced);
  } catch (error) {
    throw new SluiceError('INVALID_MODEL_OUTPUT', `${source}: answer is not JSON: ${unfenced.slice(0, 200)}`, { cause: error });
  }
}
