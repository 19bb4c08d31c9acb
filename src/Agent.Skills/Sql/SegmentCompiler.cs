using System.Globalization;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.FacetTypes;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql.Writing;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Sql;

/// <summary>
/// Compiles a segment definition to SQL that returns the entity keys of its members. The compiler reads each
/// facet's mapping from the catalog; no facet has code of its own. Event conditions become one aggregated
/// sub-query each, left-joined to the entity table, so any AND / OR / NOT nesting stays a plain boolean
/// expression and entities with no events are handled exactly (absence, "less than", negation). A condition's
/// same-event filters are predicates on the rows of its own sub-query (one order both online and over $150), so they
/// narrow which events count before the condition's operator, frequency and amount apply.
/// </summary>
public static class SegmentCompiler
{
    private const string EntityAlias = "t";
    private const string EventAlias = "e";
    private const string JoinAlias = "j";

    /// <summary>Validates, fills default windows and compiles.</summary>
    /// <param name="definition">The segment.</param>
    /// <param name="tenant">Tenant whose catalog and conventions apply.</param>
    /// <param name="dialect">Target dialect.</param>
    /// <param name="asOf">Date default windows end before (the warehouse holds events up to the day before).</param>
    /// <param name="firstParameter">Number of the first positional parameter, for embedding the SQL after another segment's.</param>
    public static CompiledSegment Compile(SegmentDefinition definition, Tenant tenant, SqlDialect dialect, DateOnly asOf, int firstParameter = 1)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        using var activity = SegmentTelemetry.StartTool("sql_compile", tenant.Id);
        activity?.SetTag("segmentai.sql.dialect", dialect.ToString().ToLowerInvariant());
        var validated = SegmentValidator.Validate(definition, tenant);
        var assumptions = new List<string>();
        var root = FillDefaultWindows(validated.Root, tenant, asOf, assumptions);
        var resolved = validated with { Root = root, AsOf = validated.AsOf ?? asOf };

        var sql = Write(resolved, tenant, new SqlWriter(inlineLiterals: false, firstParameter));
        var display = Write(resolved, tenant, new SqlWriter(inlineLiterals: true));
        return new CompiledSegment
        {
            Definition = resolved,
            Dialect = dialect,
            Sql = sql.ToString(),
            Parameters = sql.Parameters,
            DisplaySql = display.ToString(),
            Logic = LogicExpression.Render(root),
            Description = SegmentDescriber.Describe(resolved, tenant),
            Assumptions = assumptions,
            KeyColumn = tenant.Config.Entity.Key,
        };
    }

    private static SegmentNode FillDefaultWindows(SegmentNode node, Tenant tenant, DateOnly asOf, List<string> assumptions) =>
        node switch
        {
            AndNode and => and with { Children = and.Children.Select(c => FillDefaultWindows(c, tenant, asOf, assumptions)).ToList() },
            OrNode or => or with { Children = or.Children.Select(c => FillDefaultWindows(c, tenant, asOf, assumptions)).ToList() },
            NotNode not => not with { Child = FillDefaultWindows(not.Child, tenant, asOf, assumptions) },
            SegmentCondition condition => FillDefaultWindow(condition, tenant, asOf, assumptions),
            _ => node,
        };

    private static SegmentCondition FillDefaultWindow(SegmentCondition condition, Tenant tenant, DateOnly asOf, List<string> assumptions)
    {
        var facet = tenant.Catalog.Find(condition.Facet)!;
        if (facet.Kind != FacetKind.Event || condition.Window is not null)
        {
            return condition;
        }

        // A rate ("twice a week") needs a length of time to count over, so it never reads all time.
        var isFrequency = condition.Frequency is not null;
        var isRate = condition.Frequency is { Per: not FrequencyPeriod.Window };
        if (facet.DefaultWindow is { IsAllTime: true } && !isRate)
        {
            // The facet is a state (a licence held), not an event: every row counts, so nothing is assumed.
            return condition;
        }

        var dates = tenant.Config.Dates;
        var facetDays = facet.DefaultWindow?.Days;
        var days = facetDays ?? (isFrequency ? dates.DefaultFrequencyWindowDays : dates.DefaultEventWindowDays);
        var window = TimeWindow.Trailing(days, asOf);
        var what = isFrequency ? "frequency" : "time period";
        var whose = facetDays is null ? "" : $" (the default for {facet.Name})";
        assumptions.Add(
            $"No {what} window was given for {condition.Id} (\"{condition.SourceText}\"); used the last {days} days{whose}, " +
            $"{window.Start:yyyy-MM-dd} to {window.End.AddDays(-1):yyyy-MM-dd}.");
        return condition with { Window = window };
    }

    private static SqlWriter Write(SegmentDefinition definition, Tenant tenant, SqlWriter writer)
    {
        var entity = tenant.Config.Entity;
        var joins = new List<(SegmentCondition Condition, Facet Facet)>();
        foreach (var condition in definition.Conditions())
        {
            var facet = tenant.Catalog.Find(condition.Facet)!;
            if (facet.Kind == FacetKind.Event)
            {
                joins.Add((condition, facet));
            }
        }

        writer.Append($"SELECT {EntityAlias}.{entity.Key}\nFROM {entity.Table} AS {EntityAlias}");
        foreach (var (condition, facet) in joins)
        {
            writer.Append("\nLEFT JOIN (");
            WriteEventSubquery(writer, condition, facet, tenant.Catalog);
            writer.Append($") AS {Alias(condition)} ON {Alias(condition)}.entity_key = {EntityAlias}.{entity.Key}");
        }

        writer.Append("\nWHERE ");
        WriteNode(writer, definition.Root, tenant);
        return writer;
    }

    private static void WriteNode(SqlWriter writer, SegmentNode node, Tenant tenant)
    {
        switch (node)
        {
            case AndNode and:
                WriteGroup(writer, and.Children, " AND ", tenant);
                break;
            case OrNode or:
                WriteGroup(writer, or.Children, " OR ", tenant);
                break;
            case NotNode not:
                writer.Append("NOT (");
                WriteNode(writer, not.Child, tenant);
                writer.Append(")");
                break;
            case SegmentCondition condition:
                var facet = tenant.Catalog.Find(condition.Facet)!;
                if (facet.Kind == FacetKind.Attribute)
                {
                    WriteAttributePredicate(writer, condition, facet);
                }
                else
                {
                    WriteEventPredicate(writer, condition, facet);
                }

                break;
        }
    }

    private static void WriteGroup(SqlWriter writer, IReadOnlyList<SegmentNode> children, string separator, Tenant tenant)
    {
        writer.Append("(");
        for (var i = 0; i < children.Count; i++)
        {
            if (i > 0)
            {
                writer.Append(separator);
            }

            WriteNode(writer, children[i], tenant);
        }

        writer.Append(")");
    }

    // Every leaf is wrapped so it is TRUE or FALSE, never NULL: NOT over a NULL attribute would otherwise
    // silently drop entities with missing data from both a condition and its negation.
    private static void WriteAttributePredicate(SqlWriter writer, SegmentCondition condition, Facet facet) =>
        FacetTypeHandlers.Of(facet).WriteAttributeTest(writer, $"{EntityAlias}.{facet.Sql.Column}", condition);

    private static void WriteEventPredicate(SqlWriter writer, SegmentCondition condition, Facet facet)
    {
        var alias = Alias(condition);
        if (FacetTypeHandlers.Of(facet).IsMeasured)
        {
            // Count and sum are zero for an entity with no events; avg, max and min have no value at all.
            var zeroWhenAbsent = facet.Sql.Aggregate is AggregateFunction.Count or AggregateFunction.Sum;
            var measure = zeroWhenAbsent ? $"COALESCE({alias}.measure_value, 0)" : $"{alias}.measure_value";
            writer.Append("COALESCE(");
            SqlComparison.Write(writer, measure, condition.Operator, condition.Values);
            writer.Append(", FALSE)");
            return;
        }

        // Without a measure a facet's events match or not: "none of" and "no" read as no matching event at all.
        if (condition.Operator is ConditionOperator.NotIn or ConditionOperator.IsFalse)
        {
            writer.Append($"{alias}.entity_key IS NULL");
            return;
        }

        writer.Append($"({alias}.entity_key IS NOT NULL");
        if (condition.Frequency is { } frequency)
        {
            // Only a count over the whole window ("at least 3 times") has no window when the facet reads all time.
            var required = frequency.RequiredEvents(condition.Window?.Days ?? 0);
            var symbol = frequency.Comparison switch
            {
                FrequencyComparison.AtMost => "<=",
                FrequencyComparison.Exactly => "=",
                _ => ">=",
            };
            writer.Append($" AND {alias}.event_count {symbol} ").Value(required);
        }

        if (condition.Aggregate is { } aggregate)
        {
            writer.Append(" AND COALESCE(");
            SqlComparison.Write(writer, $"{alias}.amount_value", aggregate.Operator, aggregate.Values);
            writer.Append(", FALSE)");
        }

        writer.Append(")");
    }

    private static void WriteEventSubquery(SqlWriter writer, SegmentCondition condition, Facet facet, FacetCatalog catalog)
    {
        var sql = facet.Sql;
        var filters = (condition.SameEvent ?? []).Select(f => (Filter: f, Facet: catalog.Find(f.Facet)!)).ToList();
        var source = SameEvents.Combined(sql.Source!, filters.Select(f => f.Facet.Sql.Source!))!;
        writer.Append($"SELECT {EventAlias}.{source.EntityKey} AS entity_key");
        var countExpression = source.EventId is null ? "COUNT(*)" : $"COUNT(DISTINCT {EventAlias}.{source.EventId})";
        var type = FacetTypeHandlers.Of(facet);
        if (type.IsMeasured)
        {
            var measure = sql.Aggregate == AggregateFunction.Count
                ? countExpression
                : $"{AggregateName(sql.Aggregate!.Value)}({Column(sql.Measure!, source)})";
            writer.Append($", {measure} AS measure_value");
        }
        else
        {
            if (condition.Frequency is not null)
            {
                writer.Append($", {countExpression} AS event_count");
            }

            if (condition.Aggregate is { } aggregate)
            {
                writer.Append($", {AggregateName(aggregate.Function)}({Column(sql.Amount!, source)}) AS amount_value");
            }
        }

        writer.Append($" FROM {source.Table} AS {EventAlias}");
        WriteJoin(writer, source, EventAlias, JoinAlias);
        var glue = " WHERE ";
        if (condition.Window is { } window)
        {
            writer.Append($"{glue}{EventAlias}.{source.Timestamp} >= ").Value(window.Start)
                .Append($" AND {EventAlias}.{source.Timestamp} < ").Value(window.End);
            glue = " AND ";
        }

        string OnRow(ColumnReference column) => Column(column, source);
        foreach (var filter in sql.Filters)
        {
            writer.Append(glue);
            WriteFixedFilter(writer, filter, OnRow);
            glue = " AND ";
        }

        if (type.WriteRowMatch(writer, glue, facet, OnRow, condition.Values))
        {
            glue = " AND ";
        }

        for (var i = 0; i < filters.Count; i++)
        {
            writer.Append(glue);
            if (filters[i].Facet.Id == facet.Id)
            {
                WriteOtherRowOfEvent(writer, filters[i].Filter, filters[i].Facet, source, i + 1);
            }
            else
            {
                WriteRowFilter(writer, filters[i].Filter, filters[i].Facet, OnRow);
            }

            glue = " AND ";
        }

        writer.Append($" GROUP BY {EventAlias}.{source.EntityKey}");
    }

    private static void WriteJoin(SqlWriter writer, EventSource source, string eventAlias, string joinAlias)
    {
        if (source.Join is { } join)
        {
            writer.Append($" JOIN {join.Table} AS {joinAlias} ON {joinAlias}.{join.Column} = {eventAlias}.{join.SourceColumn}");
        }
    }

    private static void WriteFixedFilter(SqlWriter writer, ColumnFilter filter, Func<ColumnReference, string> column) =>
        writer.Append($"{column(filter.Column)} IN (").ValueList(filter.Values.Select(FilterValue)).Append(")");

    // A same-event filter on the event row itself. Rows where it is unknown (NULL) never match, and a negated
    // filter is wrapped so a NULL column does not turn NOT into "unknown" either.
    private static void WriteRowFilter(SqlWriter writer, EventFilter filter, Facet facet, Func<ColumnReference, string> column)
    {
        if (filter.Operator == ConditionOperator.IsFalse)
        {
            if (facet.Sql.Filters.Count == 0)
            {
                // Every event of the source is an event of this facet, so none can be "not" one.
                writer.Append("FALSE");
                return;
            }

            writer.Append("NOT COALESCE(");
            WriteFacetEvent(writer, filter, facet, column, ConditionOperator.IsTrue);
            writer.Append(", FALSE)");
            return;
        }

        writer.Append("(");
        if (filter.Operator == ConditionOperator.NotIn)
        {
            foreach (var fixedFilter in facet.Sql.Filters)
            {
                WriteFixedFilter(writer, fixedFilter, column);
                writer.Append(" AND ");
            }

            writer.Append($"NOT COALESCE({column(facet.Sql.Match!)} IN (").ValueList(filter.Values).Append("), FALSE)");
        }
        else
        {
            WriteFacetEvent(writer, filter, facet, column, filter.Operator);
        }

        writer.Append(")");
    }

    // "Diapers and wipes in the same order": another row with the same event id (an order's other line) has the
    // filter's value; not_in means no row of that event has it.
    private static void WriteOtherRowOfEvent(SqlWriter writer, EventFilter filter, Facet facet, EventSource combined, int number)
    {
        var source = facet.Sql.Source!;
        var alias = $"s{number}";
        var joinAlias = $"s{number}j";
        string OnOtherRow(ColumnReference column) => $"{(column.Table == source.Table ? alias : joinAlias)}.{column.Column}";
        var negated = filter.Operator == ConditionOperator.NotIn;
        writer.Append(negated ? "NOT EXISTS (" : "EXISTS (");
        writer.Append($"SELECT 1 FROM {source.Table} AS {alias}");
        WriteJoin(writer, source, alias, joinAlias);
        writer.Append($" WHERE {alias}.{source.EventId} = {EventAlias}.{combined.EventId} AND {alias}.{source.EntityKey} = {EventAlias}.{combined.EntityKey} AND ");
        WriteFacetEvent(writer, filter, facet, OnOtherRow, negated ? ConditionOperator.In : filter.Operator);
        writer.Append(")");
    }

    // The row is an event of the facet with the filter's value: the facet's fixed filters, and its list match or
    // comparison. Written as a plain conjunction; callers wrap it where NULL must read as false.
    private static void WriteFacetEvent(SqlWriter writer, EventFilter filter, Facet facet, Func<ColumnReference, string> column, ConditionOperator op)
    {
        var parts = 0;
        foreach (var fixedFilter in facet.Sql.Filters)
        {
            writer.Append(parts++ > 0 ? " AND " : "");
            WriteFixedFilter(writer, fixedFilter, column);
        }

        if (FacetTypeHandlers.Of(facet).WriteSameEventTest(writer, parts > 0 ? " AND " : "", facet, column, op, filter.Values))
        {
            parts++;
        }

        if (parts == 0)
        {
            writer.Append("TRUE");
        }
    }


    private static string Column(ColumnReference column, EventSource source) =>
        $"{(column.Table == source.Table ? EventAlias : JoinAlias)}.{column.Column}";

    private static string Alias(SegmentCondition condition) => "c_" + condition.Id!.ToLowerInvariant();

    private static string AggregateName(AggregateFunction function) =>
        function switch
        {
            AggregateFunction.Sum => "SUM",
            AggregateFunction.Avg => "AVG",
            AggregateFunction.Max => "MAX",
            AggregateFunction.Min => "MIN",
            _ => "COUNT",
        };

    // PostgreSQL will not compare a boolean column with a text parameter, so catalog filters written
    // true/false are bound as booleans; every other filter value is text.
    private static object FilterValue(string text) =>
        text switch
        {
            "true" => true,
            "false" => false,
            _ => text,
        };
}
