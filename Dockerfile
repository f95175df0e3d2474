# ZorgzameBuurt.Sim: one image for silos and clients (docker-compose.yml, docs/cluster.md).
# Stage 1 builds with the .NET 10 SDK; the report's chart bundle needs Node.js and npm at build time.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/ZorgzameBuurt.Sim.Cli/ZorgzameBuurt.Sim.Cli.csproj -c Release -o /app

# Stage 2 runs on the ASP.NET Core runtime image (the optional Orleans Dashboard is served by ASP.NET Core).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /work
COPY --from=build /app /app
COPY scenarios /work/scenarios
# Silo-to-silo and gateway ports (ZB_SILO_PORT, ZB_GATEWAY_PORT), and the dashboard when ZB_DASHBOARD_PORT=8080.
EXPOSE 11111 30000 8080
ENTRYPOINT ["dotnet", "/app/zbsim.dll"]
CMD ["silo"]
