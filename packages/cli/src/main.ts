import { Command } from 'commander';
import { ignoreKafkajsNegativeTimeoutWarning } from '@sluice/stream';
import { auditCommand } from './commands/audit-command';
import { compareCommand } from './commands/compare-command';
import { demoCommand } from './commands/demo-command';
import { dlqCommand } from './commands/dlq-command';
import { driftCommand } from './commands/drift-command';
import { keysCommand } from './commands/keys-command';
import { sloCommand } from './commands/slo-command';
import { lagCommand } from './commands/lag-command';
import { publishCommand } from './commands/publish-command';
import { referenceCommand } from './commands/reference-command';
import { replayCommand } from './commands/replay-command';
import { shadowCommand } from './commands/shadow-command';
import { stackCommand } from './commands/stack-command';
import { tailCommand } from './commands/tail-command';
import { upCommand } from './commands/up-command';
import { usersCommand } from './commands/users-command';
import { lazyCommand } from './lazy-command';
import { fail } from './output';

// The CLI's stderr is for people: kafkajs's harmless negative-timeout warning on Node >= 23 is dropped.
ignoreKafkajsNegativeTimeoutWarning();

const program = new Command('sluice')
  .description('Sluice: AI document processing on Kafka')
  .showHelpAfterError()
  .addCommand(stackCommand())
  .addCommand(upCommand())
  .addCommand(demoCommand())
  .addCommand(publishCommand())
  .addCommand(tailCommand())
  .addCommand(lagCommand())
  .addCommand(dlqCommand())
  .addCommand(referenceCommand())
  .addCommand(replayCommand())
  .addCommand(shadowCommand())
  .addCommand(compareCommand())
  .addCommand(auditCommand())
  .addCommand(keysCommand())
  .addCommand(driftCommand())
  .addCommand(sloCommand())
  .addCommand(usersCommand())
  .addCommand(
    lazyCommand('reviews', 'decided reviews: training data (export) and figures (stats)', async () => (await import('./commands/reviews-command')).reviewsCommand()),
  )
  .addCommand(
    lazyCommand('simulate', 'run simulators of external dependencies (model endpoint, ERP)', async () => {
      const [{ simulateCommand }, { simulateErpCommand }] = await Promise.all([
        import('./commands/simulate-command'),
        import('./commands/simulate-erp-command'),
      ]);
      return simulateCommand().addCommand(simulateErpCommand());
    }),
  );

program.parseAsync(process.argv).catch(fail);
