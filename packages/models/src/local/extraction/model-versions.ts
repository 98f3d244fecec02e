import { createRequire } from 'node:module';
import nlp from 'compromise';

/** Version string of the rule model: this package plus the libraries whose output it combines. */
export function rulesModelVersion(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string): string => {
    try {
      return (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  const own = (require('../../../package.json') as { version: string }).version;
  return `${own}+recognizers-${version('@nlpjs/builtin-microsoft')}+compromise-${nlp.version}+cld3-${version('cld3-asm')}`;
}
