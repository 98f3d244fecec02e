// @nlpjs/builtin-microsoft ships no types; only the part this package calls is declared.
declare module '@nlpjs/builtin-microsoft' {
  export interface BuiltinEdge {
    entity: string;
    sourceText: string;
    start: number;
    end: number;
    resolution?: { value?: unknown; strValue?: string | null; date?: string; timex?: string; unit?: string; type?: string };
  }
  export class BuiltinMicrosoft {
    constructor(settings?: Record<string, unknown>);
    /** `builtins`: the recognizers to run (`DateTime`, `Email`, `Number`, ...); default all of them. */
    extract(input: { text: string; locale: string; builtins?: string[] }): Promise<{ edges?: BuiltinEdge[] }>;
  }
}
