namespace SegmentAI.Skills.Segments;

/// <summary>How a condition compares a facet with its values. Serialized in snake_case (<c>not_in</c>, <c>gte</c>).</summary>
public enum ConditionOperator
{
    /// <summary>List facet: the entity has one of the values (attribute) or did an event with one of them (event).</summary>
    In,

    /// <summary>List facet: the entity has none of the values, or did no event with any of them in the window.</summary>
    NotIn,

    /// <summary>Equal to the single value.</summary>
    Eq,

    /// <summary>Not equal to the single value.</summary>
    Neq,

    /// <summary>Greater than the single value.</summary>
    Gt,

    /// <summary>Greater than or equal to the single value.</summary>
    Gte,

    /// <summary>Less than the single value.</summary>
    Lt,

    /// <summary>Less than or equal to the single value.</summary>
    Lte,

    /// <summary>Between the two values, both included.</summary>
    Between,

    /// <summary>Boolean facet is true (event facet: at least one such event in the window).</summary>
    IsTrue,

    /// <summary>Boolean facet is false (event facet: no such event in the window).</summary>
    IsFalse,

    /// <summary>Date facet falls inside the condition's window.</summary>
    Within,

    /// <summary>Date facet is strictly before the single date value.</summary>
    Before,

    /// <summary>Date facet is on or after the single date value.</summary>
    After,
}
