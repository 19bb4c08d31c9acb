using SegmentAI.Skills.Perception;

namespace SegmentAI.Host.Api;

/// <summary>
/// Admits a REST request before its handler runs: identifies the caller and checks their role against the
/// endpoint's <see cref="RequiredPermission"/>, answering 401, 403 or 404 problems otherwise.
/// </summary>
internal sealed class ApiCallerFilter(IApiCallerResolver resolver, PermissionChecker permissions) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var resolution = await resolver.ResolveAsync(http, cancellationToken: http.RequestAborted).ConfigureAwait(false);
        if (!resolution.Admitted)
        {
            return resolution.Problem;
        }

        var caller = resolution.Caller;
        if (http.GetEndpoint()?.Metadata.GetMetadata<RequiredPermission>() is { } required)
        {
            var decision = permissions.Check(caller.Tenant.Config, caller.UserId, required.Permission, trustUnknownUsers: false);
            if (!decision.Allowed)
            {
                return ApiProblems.Forbidden(decision.Message ?? $"Your role does not allow {required.Permission}.");
            }
        }

        caller.AttachTo(http);
        return await next(context).ConfigureAwait(false);
    }
}
