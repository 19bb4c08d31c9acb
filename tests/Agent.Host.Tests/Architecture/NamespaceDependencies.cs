using System.Reflection;
using System.Reflection.Emit;

namespace SegmentAI.Host.Tests.Architecture;

/// <summary>
/// The namespace dependency graph of compiled assemblies: which namespace's types use which other namespace's
/// types, found in signatures and in method bodies (IL tokens), so an edge hidden in a lambda or an async state
/// machine counts too.
/// </summary>
internal sealed class NamespaceDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly string _prefix;

    private readonly Dictionary<string, Dictionary<string, (string From, string To)>> _edges = new(StringComparer.Ordinal);

    private NamespaceDependencies(string prefix) => _prefix = prefix;

    /// <summary>Every namespace with the edges leaving it, each with one example pair of types.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, (string From, string To)>> Edges => _edges;

    public static NamespaceDependencies Scan(string prefix, params Assembly[] assemblies)
    {
        var graph = new NamespaceDependencies(prefix);
        foreach (var type in assemblies.SelectMany(assembly => assembly.GetTypes()))
        {
            graph.AddType(type);
        }

        return graph;
    }

    /// <summary>Strongly connected components with more than one namespace, by Tarjan's algorithm.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<IReadOnlyList<string>>();
        var counter = 0;

        void Visit(string node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in Targets(node))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] != index[node])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);

            if (component.Count > 1)
            {
                component.Sort(StringComparer.Ordinal);
                components.Add(component);
            }
        }

        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }

    private IEnumerable<string> Targets(string node) =>
        _edges.TryGetValue(node, out var targets) ? targets.Keys.Order(StringComparer.Ordinal) : [];

    private void AddType(Type type)
    {
        var from = type.Namespace;
        if (from is null || !from.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return;
        }

        _edges.TryAdd(from, new Dictionary<string, (string, string)>(StringComparer.Ordinal));
        Use(type, type.BaseType);
        foreach (var contract in type.GetInterfaces())
        {
            Use(type, contract);
        }

        foreach (var field in type.GetFields(Declared))
        {
            Use(type, field.FieldType);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Use(type, property.PropertyType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Use(type, info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Use(type, parameter.ParameterType);
            }

            UseBody(type, method);
        }
    }

    private void UseBody(Type owner, MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception exception) when (exception is InvalidOperationException or BadImageFormatException)
        {
            return;
        }

        if (il is null)
        {
            return;
        }

        var typeArguments = owner.IsGenericType ? owner.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            if (!OpCodesByValue.TryGetValue(value, out var code))
            {
                return;
            }

            switch (code.OperandType)
            {
                case OperandType.InlineType:
                case OperandType.InlineTok:
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, position);
                    UseToken(owner, method.Module, token, typeArguments, methodArguments);
                    position += 4;
                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, position);
                    position += 4 + (4 * count);
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.ShortInlineR:
                    position += 4;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                default:
                    position += 4;
                    break;
            }
        }
    }

    private void UseToken(Type owner, Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            switch (module.ResolveMember(token, typeArguments, methodArguments))
            {
                case Type type:
                    Use(owner, type);
                    break;
                case MethodBase method:
                    Use(owner, method.DeclaringType);
                    if (method is MethodInfo info)
                    {
                        Use(owner, info.ReturnType);
                        foreach (var argument in info.IsGenericMethod ? info.GetGenericArguments() : [])
                        {
                            Use(owner, argument);
                        }
                    }

                    break;
                case FieldInfo field:
                    Use(owner, field.DeclaringType);
                    Use(owner, field.FieldType);
                    break;
            }
        }
        catch (Exception exception) when (exception is ArgumentException or BadImageFormatException or TypeLoadException)
        {
            // A token into a generic context this scan cannot supply names no namespace of ours that a signature misses.
        }
    }

    private void Use(Type owner, Type? used)
    {
        if (used is null)
        {
            return;
        }

        if (used.HasElementType)
        {
            Use(owner, used.GetElementType());
            return;
        }

        if (used.IsGenericType && !used.IsGenericTypeDefinition)
        {
            foreach (var argument in used.GetGenericArguments())
            {
                Use(owner, argument);
            }

            used = used.GetGenericTypeDefinition();
        }

        if (used.IsGenericParameter)
        {
            return;
        }

        var to = used.Namespace;
        var from = owner.Namespace!;
        if (to is null || to == from || !to.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return;
        }

        _edges[from].TryAdd(to, (owner.FullName ?? owner.Name, used.FullName ?? used.Name));
    }
}
