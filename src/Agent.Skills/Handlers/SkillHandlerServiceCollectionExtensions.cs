using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Skills.Handlers;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers skill handlers by the procedure name skills' YAML uses.</summary>
public static class SkillHandlerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> as the handler of every skill whose YAML says
    /// <c>procedure: <paramref name="procedure"/></c>. Its <see cref="SkillOptionsAttribute"/>, if any, names the
    /// type the skill's parameters bind to.
    /// </summary>
    public static IServiceCollection AddSkillHandler<THandler>(this IServiceCollection services, string procedure)
        where THandler : class, ISkillHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(procedure);
        services.TryAddSingleton<THandler>();
        services.AddSingleton(new SkillHandlerRegistration(procedure, typeof(THandler), typeof(THandler).GetCustomAttribute<SkillOptionsAttribute>()?.OptionsType));
        return services;
    }
}
