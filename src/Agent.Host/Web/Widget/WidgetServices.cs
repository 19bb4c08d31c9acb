using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Web.Widget;

/// <summary>Registers the widget's options, its logins and the CORS policy of the endpoints it calls.</summary>
internal static class WidgetServices
{
    public static IServiceCollection AddWidget(this IServiceCollection services)
    {
        services.AddOptions<WidgetOptions>().BindConfiguration(WidgetOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WidgetOptions>, WidgetOptionsValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWidgetLogin, DemoWidgetLogin>());
        services.TryAddSingleton<ActiveWidgetLogin>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WidgetOptions>>((cors, widget) => WidgetCors.AddPolicy(cors, widget.Value));
        return services;
    }
}
