import { Command } from 'commander';

/**
 * A verb whose implementation is imported only when it runs: the simulators pull in the whole
 * model layer (seconds to import), which `sluice stack status` should not pay for. Everything after
 * the verb, `--help` included, is handed to the real command.
 */
export function lazyCommand(name: string, description: string, load: () => Promise<Command>): Command {
  return new Command(name)
    .description(description)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[args...]')
    .action(async () => {
      const real = (await load()).name(`sluice ${name}`);
      const index = process.argv.indexOf(name);
      await real.parseAsync(process.argv.slice(index + 1), { from: 'user' });
    });
}
