namespace SegmentAI.Skills.Conversation.Pipeline;

/// <summary>
/// Builds the admission pipeline around a conversation engine. Steps run in the order they were added: the first
/// <see cref="Use(Func{IConversationEngine, IServiceProvider, IConversationEngine})"/> sees a message first and its
/// reply last.
/// </summary>
public sealed class ConversationEngineBuilder
{
    private readonly Func<IServiceProvider, IConversationEngine> _innerFactory;
    private readonly List<Func<IConversationEngine, IServiceProvider, IConversationEngine>> _steps = [];

    /// <summary>A pipeline around <paramref name="innerEngine"/>.</summary>
    public ConversationEngineBuilder(IConversationEngine innerEngine)
    {
        ArgumentNullException.ThrowIfNull(innerEngine);
        _innerFactory = _ => innerEngine;
    }

    /// <summary>A pipeline around the engine <paramref name="innerFactory"/> resolves when the pipeline is built.</summary>
    public ConversationEngineBuilder(Func<IServiceProvider, IConversationEngine> innerFactory)
    {
        ArgumentNullException.ThrowIfNull(innerFactory);
        _innerFactory = innerFactory;
    }

    /// <summary>Adds a step made from the engine it wraps.</summary>
    public ConversationEngineBuilder Use(Func<IConversationEngine, IConversationEngine> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Use((inner, _) => step(inner));
    }

    /// <summary>Adds a step made from the engine it wraps and the services the pipeline is built with.</summary>
    public ConversationEngineBuilder Use(Func<IConversationEngine, IServiceProvider, IConversationEngine> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    /// <summary>The pipeline: every step around the inner engine, the first added outermost.</summary>
    public IConversationEngine Build(IServiceProvider? services = null)
    {
        services ??= EmptyServiceProvider.Instance;
        var engine = _innerFactory(services);
        for (var i = _steps.Count - 1; i >= 0; i--)
        {
            engine = _steps[i](engine, services) ?? throw new InvalidOperationException(
                $"Step {i} of the conversation pipeline returned no engine; a step must wrap the engine it is given.");
        }

        return engine;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static EmptyServiceProvider Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
