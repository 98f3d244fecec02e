import type { CallOptions, Classification, ClassificationModel, ModelRef, ModelResult } from '../model-contracts';
import { labelsBlock } from '../prompts/prompt-blocks';
import { loadPromptTemplate, renderPrompt, type PromptTemplate } from '../prompts/prompt-template';
import { parseJsonAnswer, requestJsonCompletion } from './chat-json-completion';
import { classificationResponseSchema, parseClassificationAnswer } from './classification-answer';
import { instrumentedCall } from './instrumented-call';
import { accountedCall } from '../privacy/egress-gate';
import { OPENAI_PROVIDER, remoteModelRef, usageOf, type OpenAiModelContext } from './openai-model-context';
import { estimateTokens } from './token-estimate';

export const defaultClassificationPromptId = 'classify-document';

/** Document kind / e-mail intent through a chat completion constrained to the label list. */
export class OpenAiCompatibleClassificationModel implements ClassificationModel {
  readonly ref: ModelRef;
  private readonly prompt: PromptTemplate;

  constructor(
    private readonly context: OpenAiModelContext,
    promptDir?: string,
  ) {
    this.prompt = loadPromptTemplate(context.link.promptId ?? defaultClassificationPromptId, promptDir);
    this.ref = remoteModelRef(context, this.prompt);
  }

  async classify(text: string, labels: readonly string[], options: CallOptions = {}): Promise<ModelResult<Classification>> {
    const { endpoint, link, metrics } = this.context;
    const startedAt = endpoint.clock.now();
    // Throws WITHHELD when the tenant's policy keeps this text from the endpoint.
    const permit = this.context.gate.admit({ tenant: options.tenant, endpoint: endpoint.name, external: endpoint.config.external, task: 'classification', texts: [text] });
    const prompt = renderPrompt(this.prompt, { labels: labelsBlock(labels), text: permit.texts[0] ?? '' });
    const source = `${endpoint.name}/${link.model}`;
    const { value: answer, egress } = await accountedCall(permit, async () => {
      const completion = await instrumentedCall(
      endpoint,
      metrics,
      { provider: OPENAI_PROVIDER, model: link.model, task: 'classification' },
      (signal) =>
        requestJsonCompletion(
          endpoint,
          {
            model: link.model,
            prompt,
            schemaName: 'classification',
            schema: classificationResponseSchema(labels),
            maxOutputTokens: Math.min(link.maxOutputTokens, 100),
            temperature: link.temperature,
          },
          signal,
        ),
      options.signal,
    );
      return { completion, value: parseClassificationAnswer(parseJsonAnswer(completion.content, source), labels, source) };
    });
    const { completion, value } = answer;
    const usage = usageOf(this.context, 'classification', {
      inputTokens: completion.inputTokens ?? estimateTokens(prompt.system + prompt.user),
      outputTokens: completion.outputTokens ?? estimateTokens(completion.content),
      characters: text.length,
      latencyMs: endpoint.clock.now() - startedAt,
    });
    return { value, usage, model: this.ref, degraded: false, redactions: permit.redactions(), egress };
  }
}
