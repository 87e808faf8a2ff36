using System.Net;
using Bot.Telegram.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Tests.Hosting;

public sealed class TelegramEndpointRouteBuilderExtensionsTests
{
    [Fact]
    public async Task MapTelegram_WithoutTheAdapter_HostStillStartsAndTheEndpointAnswersNoSuccess()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapTelegram();

        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(address, "/telegram/webhook"), new StringContent("{}"));
        await app.StopAsync();

        Assert.False(response.IsSuccessStatusCode);
    }
}
