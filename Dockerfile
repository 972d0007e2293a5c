# syntax=docker/dockerfile:1

# One image for both processes: the API (default CMD) and the worker
# (`node dist/apps/worker/src/main.js`). See docker-compose.yml.

# Current Node LTS. The code also runs on Node 20.19+ (package.json "engines"), which is what the
# development machines have; production images should not run an end-of-life Node.
FROM node:24-bookworm-slim AS base
WORKDIR /app

# ---------------------------------------------------------------------------------------------
# build: dev dependencies + TypeScript → dist/ (tsc, then tsc-alias rewrites the @hp/* imports).
FROM base AS build
# Manifests first, so editing source does not invalidate the dependency layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# Only what tsconfig.build.json compiles: tests, benchmarks and docs stay out of the image.
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
RUN npm run build

# ---------------------------------------------------------------------------------------------
# runtime: production dependencies and the compiled output only; no compiler, no sources.
FROM base AS runtime
ENV NODE_ENV=production
# package.json is needed at run time too: its "type": "module" makes Node load dist/ as ESM.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Files stay owned by root, so the process cannot modify its own code; it writes only uploads.
# Where uploaded files live (a named volume in docker-compose.yml), owned by the runtime user.
RUN mkdir -p /var/lib/hiring-pipeline/files && chown node:node /var/lib/hiring-pipeline/files
USER node
# 3000: API (PORT). 3001: the worker's health and metrics listener (WORKER_PORT).
EXPOSE 3000 3001
# The heap cap is API_NODE_FLAGS of @hp/config (libs/config/src/node-flags.ts).
CMD ["node", "--max-old-space-size=200", "--max-semi-space-size=32", "dist/apps/api/src/main.js"]
