# syntax=docker/dockerfile:1
# The bot as one container: `docker compose up -d` (see README.md, "Run it on your community server").

# --- build: the SDK restores and publishes Bot.Host (framework-dependent, no apphost: the runtime image has dotnet).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# Project files first, so the restore layer is reused until a dependency changes. Every project Bot.Host
# references needs its line here (Bot.Host.Tests checks this).
COPY src/Bot.Core/Bot.Core.csproj src/Bot.Core/
COPY src/Bot.Telegram/Bot.Telegram.csproj src/Bot.Telegram/
COPY src/Bot.Discord/Bot.Discord.csproj src/Bot.Discord/
COPY src/Bot.Host/Bot.Host.csproj src/Bot.Host/
RUN dotnet restore src/Bot.Host/Bot.Host.csproj
COPY src/ src/
RUN dotnet publish src/Bot.Host/Bot.Host.csproj --configuration Release --no-restore --output /app /p:UseAppHost=false

# --- runtime: ASP.NET only, no SDK, running as the image's unprivileged `app` user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The documents and the glossary ship in the image so it runs as built; compose mounts ./seeds and ./config over
# them (read-only) so a community adds documents or edits the glossary without rebuilding.
COPY seeds/ ./seeds/
COPY config/ ./config/
# Inside a container the listener must face the network; outside it the host defaults to loopback.
# JSON console logs: one object per line, ready for `docker compose logs` piped into jq or a log shipper.
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Logging__Console__FormatterName=json
EXPOSE 8080
# $APP_UID (1654, user `app`) is defined by the .NET images; never root.
USER $APP_UID
# `serve` runs the platform server even when no token is set, instead of the console chat meant for a terminal.
# The image has no curl or wget: compose's healthcheck asks /healthz through bash's /dev/tcp (see docker-compose.yml).
ENTRYPOINT ["dotnet", "Bot.Host.dll", "serve"]
