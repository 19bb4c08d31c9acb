using System.Globalization;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.FacetTypes;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Catalog.Loading;

/// <summary>Reads and validates <c>catalog.yaml</c>; every problem is reported with file, line and field.</summary>
internal static class FacetCatalogParser
{
    /// <summary>Parses a catalog; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static FacetCatalog Parse(string tenantId, string file, string yaml)
    {
        var issues = new List<ConfigurationIssue>();
        var root = YamlMapReader.Parse(file, yaml, issues);
        if (root is null)
        {
            throw new ConfigurationException(issues);
        }

        var declaredTenant = root.String("tenant");
        if (declaredTenant is not null && declaredTenant != tenantId)
        {
            root.Error("tenant", $"says '{declaredTenant}' but the catalog sits in the folder of tenant '{tenantId}'");
        }

        root.String("version");
        var sources = new Dictionary<string, EventSource>(StringComparer.Ordinal);
        foreach (var (name, map) in root.NamedMaps("event_sources"))
        {
            if (ReadSource(name, map) is { } source)
            {
                sources[name] = source;
            }
        }

        var facets = new List<Facet>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in root.Maps("facets", required: true))
        {
            var facet = ReadFacet(map, sources);
            if (facet is null)
            {
                continue;
            }

            if (!seen.Add(facet.Id))
            {
                map.Error("id", $"duplicate facet id '{facet.Id}'");
                continue;
            }

            facets.Add(facet);
        }

        root.RejectUnknownKeys();
        if (issues.Count > 0)
        {
            throw new ConfigurationException(issues);
        }

        return new FacetCatalog(tenantId, sources.Values.ToList(), facets);
    }

    private static EventSource? ReadSource(string name, YamlMapReader map)
    {
        var table = map.Identifier("table", required: true);
        var key = map.Identifier("entity_key", required: true);
        var timestamp = map.Identifier("timestamp", required: true);
        var eventId = map.Identifier("event_id", required: false);
        EventJoin? join = null;
        if (map.Map("join") is { } joinMap)
        {
            var joinTable = joinMap.Identifier("table", required: true);
            var column = joinMap.Identifier("column", required: true);
            var sourceColumn = joinMap.Identifier("source_column", required: true);
            joinMap.RejectUnknownKeys();
            if (joinTable is not null && column is not null && sourceColumn is not null)
            {
                join = new EventJoin(joinTable, column, sourceColumn);
            }
        }

        map.RejectUnknownKeys();
        return table is null || key is null || timestamp is null ? null : new EventSource(name, table, key, timestamp, eventId, join);
    }

    private static Facet? ReadFacet(YamlMapReader map, IReadOnlyDictionary<string, EventSource> sources)
    {
        var id = map.String("id", required: true);
        if (id is not null && !SqlIdentifier.IsValid(id))
        {
            map.Error("id", $"'{id}' must be lower-case letters, digits and underscores");
            id = null;
        }

        var name = map.String("name", required: true);
        var category = map.String("category", required: true);
        var subcategory = map.String("subcategory");
        var description = map.String("description", required: true);
        var purpose = map.String("purpose", required: true);
        var type = map.Enum<FacetType>("type", required: true);
        var kind = map.Enum<FacetKind>("kind", required: true);
        var unit = map.String("unit");
        var synonyms = map.Strings("synonyms");
        var antonyms = map.Strings("antonyms");
        if (antonyms.Count > 0 && type is not null && !FacetTypeHandlers.For(type.Value).HasAntonyms)
        {
            map.Error("antonyms", "only a boolean facet has antonyms (words for its \"no\" side); list the values of other facets instead");
        }

        var pii = map.Bool("pii") ?? false;
        var restricted = map.Bool("restricted") ?? false;
        var operators = ReadOperators(map, type, kind);
        var values = ReadValues(map, type, pii);
        var defaultWindow = ReadDefaultWindow(map, kind);
        var sql = map.Map("sql", required: true) is { } sqlMap && type is { } t && kind is { } k
            ? ReadMapping(sqlMap, t, k, sources)
            : null;
        map.RejectUnknownKeys();

        if (pii && !restricted)
        {
            // PII is never usable in a segment, whatever the file says about restriction.
            restricted = true;
        }

        if (id is null || name is null || category is null || description is null || purpose is null
            || type is null || kind is null || operators is null || sql is null)
        {
            return null;
        }

        return new Facet
        {
            Id = id,
            Name = name,
            Category = category,
            Subcategory = subcategory,
            Description = description,
            Purpose = purpose,
            Type = type.Value,
            Kind = kind.Value,
            Operators = operators,
            Unit = unit,
            Synonyms = synonyms,
            Antonyms = antonyms,
            Values = values,
            Pii = pii,
            Restricted = restricted,
            DefaultWindow = defaultWindow,
            Sql = sql,
        };
    }

    private static List<ConditionOperator>? ReadOperators(YamlMapReader map, FacetType? type, FacetKind? kind)
    {
        var names = map.Strings("operators", required: true);
        if (type is null || kind is null)
        {
            return null;
        }

        var supported = FacetTypeHandlers.For(type.Value).Operators(kind.Value);
        if (supported.Count == 0)
        {
            map.Error("kind", $"a {SnakeCase.From(type.Value.ToString())} facet cannot be of kind {SnakeCase.From(kind.Value.ToString())}");
            return null;
        }

        var operators = new List<ConditionOperator>();
        foreach (var name in names)
        {
            if (!SnakeCase.TryParseEnum<ConditionOperator>(name, out var op) || !supported.Contains(op))
            {
                map.Error("operators", $"'{name}' is not an operator for this facet; use one of {string.Join(", ", supported.Select(o => SnakeCase.From(o.ToString())))}");
                return null;
            }

            operators.Add(op);
        }

        if (operators.Count == 0)
        {
            map.Error("operators", "must list at least one operator");
            return null;
        }

        return operators;
    }

    private static FacetDefaultWindow? ReadDefaultWindow(YamlMapReader map, FacetKind? kind)
    {
        var text = map.String("default_window");
        if (text is null)
        {
            return null;
        }

        if (kind is not null && kind != FacetKind.Event)
        {
            map.Error("default_window", "only event facets have a time window");
            return null;
        }

        if (text == "all_time")
        {
            return FacetDefaultWindow.AllTime;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 3660)
        {
            return new FacetDefaultWindow(days);
        }

        map.Error("default_window", $"'{text}' must be all_time or a number of days from 1 to 3660");
        return null;
    }

    private static List<FacetValue> ReadValues(YamlMapReader map, FacetType? type, bool pii)
    {
        var values = new List<FacetValue>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (scalar, item) in map.Items("values"))
        {
            FacetValue? value = null;
            if (scalar is not null)
            {
                value = new FacetValue(scalar, scalar, []);
            }
            else if (item is not null)
            {
                var text = item.String("value", required: true);
                var label = item.String("label") ?? text;
                var synonyms = item.Strings("synonyms");
                item.RejectUnknownKeys();
                value = text is null || label is null ? null : new FacetValue(text, label, synonyms);
            }

            if (value is not null && !seen.Add(value.Value))
            {
                map.Error("values", $"value '{value.Value}' is listed twice");
            }
            else if (value is not null)
            {
                values.Add(value);
            }
        }

        // A PII list facet (a name, an e-mail address) exists only to be recognized and refused; listing its
        // values would put personal data into the catalog, so it may have none.
        var listsValues = type is not null && FacetTypeHandlers.For(type.Value).ListsValues;
        if (listsValues && values.Count == 0 && !pii)
        {
            map.Error("values", $"a {SnakeCase.From(type!.Value.ToString())} facet must list its values");
        }
        else if (type is not null && !listsValues && values.Count > 0)
        {
            map.Error("values", $"a {SnakeCase.From(type.Value.ToString())} facet has no list of values; only list facets have values");
        }

        return values;
    }

    private static FacetSqlMapping? ReadMapping(YamlMapReader map, FacetType type, FacetKind kind, IReadOnlyDictionary<string, EventSource> sources)
    {
        FacetSqlMapping? mapping;
        if (kind == FacetKind.Attribute)
        {
            var column = map.Identifier("column", required: true);
            mapping = column is null ? null : new FacetSqlMapping { Column = column };
        }
        else
        {
            mapping = ReadEventMapping(map, type, sources);
        }

        map.RejectUnknownKeys();
        return mapping;
    }

    private static FacetSqlMapping? ReadEventMapping(YamlMapReader map, FacetType type, IReadOnlyDictionary<string, EventSource> sources)
    {
        var sourceName = map.String("source", required: true);
        EventSource? source = null;
        if (sourceName is not null && !sources.TryGetValue(sourceName, out source))
        {
            map.Error("source", $"unknown event source '{sourceName}'; declare it under event_sources (known: {string.Join(", ", sources.Keys)})");
        }

        var match = Column(map, "match", source);
        var amount = Column(map, "amount", source);
        var measure = Column(map, "measure", source);
        var aggregate = map.Enum<AggregateFunction>("aggregate");
        var filters = new List<ColumnFilter>();
        foreach (var filterMap in map.Maps("filters"))
        {
            var column = Column(filterMap, "column", source, required: true);
            var values = filterMap.Strings("values", required: true);
            filterMap.RejectUnknownKeys();
            if (column is not null && values.Count > 0)
            {
                filters.Add(new ColumnFilter(column, values));
            }
        }

        FacetTypeHandlers.For(type).CheckEventMapping(map, match, aggregate, measure);

        return source is null ? null : new FacetSqlMapping
        {
            Source = source,
            Match = match,
            Amount = amount,
            Aggregate = aggregate,
            Measure = measure,
            Filters = filters,
        };
    }

    private static ColumnReference? Column(YamlMapReader map, string key, EventSource? source, bool required = false)
    {
        var text = map.String(key, required);
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('.');
        if (parts.Length != 2 || !SqlIdentifier.IsValid(parts[0]) || !SqlIdentifier.IsValid(parts[1]))
        {
            map.Error(key, $"'{text}' must be written table.column");
            return null;
        }

        if (source is not null && !source.Tables.Contains(parts[0], StringComparer.Ordinal))
        {
            map.Error(key, $"table '{parts[0]}' is not part of event source '{source.Name}' (tables: {string.Join(", ", source.Tables)})");
            return null;
        }

        return new ColumnReference(parts[0], parts[1]);
    }
}
