import type { CallOptions, ExtractedField, ExtractionModel, ExtractionRequest, FieldTarget, ModelRef, ModelResult } from '../model-contracts';
import { fieldsBlock } from '../prompts/prompt-blocks';
import { loadPromptTemplate, renderPrompt, type PromptTemplate } from '../prompts/prompt-template';
import { parseJsonAnswer, requestJsonCompletion } from './chat-json-completion';
import { extractionResponseSchema, parseExtractionAnswer } from './extraction-answer';
import { withValueSpans } from './value-spans';
import { instrumentedCall } from './instrumented-call';
import { accountedCall } from '../privacy/egress-gate';
import { OPENAI_PROVIDER, remoteModelRef, usageOf, type OpenAiModelContext } from './openai-model-context';
import { estimateTokens } from './token-estimate';

export const defaultExtractionPromptId = 'extract-fields';

/** Field extraction through a chat completion with a JSON-schema answer. */
export class OpenAiCompatibleExtractionModel implements ExtractionModel {
  readonly ref: ModelRef;
  private readonly prompt: PromptTemplate;

  constructor(
    private readonly context: OpenAiModelContext,
    promptDir?: string,
  ) {
    this.prompt = loadPromptTemplate(context.link.promptId ?? defaultExtractionPromptId, promptDir);
    this.ref = remoteModelRef(context, this.prompt);
  }

  async extract(
    request: ExtractionRequest,
    targets: readonly FieldTarget[],
    options: CallOptions = {},
  ): Promise<ModelResult<ExtractedField[]>> {
    const { endpoint, link, metrics } = this.context;
    const startedAt = endpoint.clock.now();
    // Throws WITHHELD when the tenant's policy keeps this text from the endpoint.
    const permit = this.context.gate.admit({
      tenant: options.tenant ?? request.tenant,
      endpoint: endpoint.name,
      external: endpoint.config.external,
      task: 'extraction',
      texts: [request.text],
    });
    const text = permit.texts[0] ?? '';
    const prompt = renderPrompt(this.prompt, { fields: fieldsBlock(targets), kind: request.kind, text });
    const labels = { provider: OPENAI_PROVIDER, model: link.model, task: 'extraction' as const };
    const source = `${endpoint.name}/${link.model}`;
    const { value: answer, egress } = await accountedCall(permit, async () => {
      const completion = await instrumentedCall(
        endpoint,
        metrics,
        labels,
        (signal) =>
          requestJsonCompletion(
            endpoint,
            {
              model: link.model,
              prompt,
              schemaName: 'extracted_fields',
              schema: extractionResponseSchema(),
              maxOutputTokens: link.maxOutputTokens,
              temperature: link.temperature,
            },
            signal,
          ),
        options.signal,
      );
      const fields = withValueSpans(parseExtractionAnswer(parseJsonAnswer(completion.content, source), targets, (value) => permit.restore(value), source), request.text);
      return { fields, completion };
    });
    const { fields, completion } = answer;
    const usage = usageOf(this.context, 'extraction', {
      inputTokens: completion.inputTokens ?? estimateTokens(prompt.system + prompt.user),
      outputTokens: completion.outputTokens ?? estimateTokens(completion.content),
      characters: request.text.length,
      latencyMs: endpoint.clock.now() - startedAt,
    });
    return { value: fields, usage, model: this.ref, degraded: false, redactions: permit.redactions(), egress };
  }
}
