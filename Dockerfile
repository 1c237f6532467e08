# Production image: `docker compose up` (see docker-compose.yml).
# Its build and start steps are the npm scripts image:build and image:start, which
# tests/e2e/production-image.e2e.spec.ts runs without Docker (and checks the list of
# files copied into the final stage below).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
# npm ci, next build plus the compiled server and tools in dist/, then only production dependencies.
RUN npm run image:build

FROM node:20-bookworm-slim
WORKDIR /app
# HOSTNAME: Docker sets it to the container id; the server must listen on every interface (its own requests go to 127.0.0.1).
# MALLOC_ARENA_MAX: fewer glibc malloc arenas keep the resident memory of a long-running server lower.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 MALLOC_ARENA_MAX=2
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/next.config.ts ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/public ./public
RUN mkdir -p media backups && chown node:node media backups
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Apply pending migrations, then serve (the same as `npm run image:start`).
CMD ["sh", "-c", "node dist/migrate.js && exec node --max-old-space-size=256 --max-semi-space-size=4 dist/server.js"]
