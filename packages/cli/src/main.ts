import { Command } from 'commander';
import { auditCommand } from './commands/audit-command';
import { demoCommand } from './commands/demo-command';
import { lagCommand } from './commands/lag-command';
import { publishCommand } from './commands/publish-command';
import { referenceCommand } from './commands/reference-command';
import { simulateCommand } from './commands/simulate-command';
import { simulateErpCommand } from './commands/simulate-erp-command';
import { stackCommand } from './commands/stack-command';
import { tailCommand } from './commands/tail-command';
import { upCommand } from './commands/up-command';
import { fail } from './output';

const program = new Command('sluice')
  .description('Sluice: AI document processing on Kafka')
  .showHelpAfterError()
  .addCommand(stackCommand())
  .addCommand(upCommand())
  .addCommand(demoCommand())
  .addCommand(publishCommand())
  .addCommand(tailCommand())
  .addCommand(lagCommand())
  .addCommand(referenceCommand())
  .addCommand(auditCommand())
  .addCommand(simulateCommand().addCommand(simulateErpCommand()));

program.parseAsync(process.argv).catch(fail);
