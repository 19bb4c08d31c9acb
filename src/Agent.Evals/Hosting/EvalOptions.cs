namespace SegmentAI.Evals.Hosting;

/// <summary>Where eval runs keep their files, bound from the <c>Evals</c> section.</summary>
internal sealed class EvalOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Evals";

    /// <summary>Folder run results are written to; default <c>&lt;state dir&gt;/eval-runs</c>.</summary>
    public string? ResultsDirectory { get; set; }

    /// <summary>Folder the generated eval warehouses are cached in; default <c>&lt;state dir&gt;/eval-warehouses</c>.</summary>
    public string? WarehouseDirectory { get; set; }
}
