# syntax=docker/dockerfile:1
# One image for every Sluice service, the CLI and the migration job. The services run their
# TypeScript sources through tsx (as `sluice up` does), so there is no build step: the first stage
# installs production dependencies from the lockfile, the second copies them with the sources.
#   docker build -t sluice .
#   docker run --rm -e KAFKA_BROKERS=... sluice services/extractor/src/main.ts
# Node 24 is the target runtime (22 also works; see docs/deploy.md).
ARG NODE_VERSION=24

FROM node:${NODE_VERSION}-bookworm-slim AS dependencies
WORKDIR /app
COPY . .
# Workspace packages are linked, dev tooling (vitest, eslint, turbo) is left out; no install scripts run.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=dependencies --chown=node:node /app /app
USER node
EXPOSE 9401 9402 9403 9404 9405 9406 9407 9408
ENTRYPOINT ["node", "--import", "tsx"]
CMD ["packages/cli/src/main.ts", "--help"]
