# One image for every service; the command names the service (see docker-compose.yml).
FROM node:24-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
# Named volumes take the ownership of these folders on first mount: the unprivileged user can write keys.
RUN mkdir -p /data/keys /public-keys && chown -R node:node /data /public-keys
USER node
ENTRYPOINT ["npx", "tsx", "scripts/service.ts"]
