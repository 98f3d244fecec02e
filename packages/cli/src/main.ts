import { Command } from 'commander';
import { stackCommand } from './commands/stack-command';
import { fail } from './output';

const program = new Command('sluice')
  .description('Sluice: AI document processing on Kafka')
  .showHelpAfterError()
  .addCommand(stackCommand());

program.parseAsync(process.argv).catch(fail);
