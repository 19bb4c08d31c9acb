using System.Diagnostics.CodeAnalysis;

namespace SegmentAI.Host.Api;

/// <summary>The outcome of identifying a caller: who they are, or the problem response that turns them away.</summary>
internal sealed record ApiCallerResolution
{
    private ApiCallerResolution(ApiCaller? caller, IResult? problem)
    {
        Caller = caller;
        Problem = problem;
    }

    public ApiCaller? Caller { get; }

    public IResult? Problem { get; }

    [MemberNotNullWhen(true, nameof(Caller))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Admitted => Caller is not null;

    public static ApiCallerResolution Admit(ApiCaller caller) => new(caller, null);

    public static ApiCallerResolution Refuse(IResult problem) => new(null, problem);
}
