# syntax=docker/dockerfile:1
# kube-concierge: multi-stage build on a slim Node 20 base, production dependencies only, non-root.
# test/deploy/dockerfile.test.ts checks that the COPY lines cover what `npm run build` reads and
# that the runtime files alone start the bot.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so that a source change reuses this layer. No install scripts: nothing the
# build or the bot uses needs one.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
# `npm run build`: tsc compiles src/ to dist/, then scripts/snapshot-knowledge.js validates
# knowledge/ and saves dist/knowledge.snapshot.json for a fast start.
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY knowledge ./knowledge
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
# The snapshot in dist/ is used only while these files match it byte for byte.
COPY --from=build --chown=root:root /app/knowledge ./knowledge
COPY --chown=root:root package.json ./
COPY --chown=root:root bin ./bin
# The image's `node` user (uid 1000); the files above stay owned by root and read-only to it.
USER 1000:1000
EXPOSE 3000
# Every chat mode serves GET /healthz on PORT. (Without chat tokens the bot is a shell, not a server.)
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Arguments go to the bot: `docker run IMAGE --serve worker`, or `args:` in deploy/.
ENTRYPOINT ["node", "bin/kube-concierge.js"]
