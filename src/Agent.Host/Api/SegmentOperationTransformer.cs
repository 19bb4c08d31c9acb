using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SegmentAI.Host.Api;

/// <summary>
/// Completes the segment operations in the OpenAPI document with what their handlers do not declare: the identity
/// headers the caller filter reads, and the JSON body or file the handler reads itself.
/// </summary>
internal sealed class SegmentOperationTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<RequiredPermission>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Header(ApiProblems.TenantHeader, "Tenant the request is for (its id in tenants/)."));
            operation.Parameters.Add(Header(ApiProblems.UserHeader, "Caller's user id as enrolled in the tenant's tenant.yaml (or their Teams or Slack id); their role decides what they may do."));
        }

        if (metadata.OfType<JsonRequestBody>().FirstOrDefault() is { } body)
        {
            var schema = await context.GetOrCreateSchemaAsync(body.BodyType, cancellationToken: cancellationToken).ConfigureAwait(false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new() { Schema = schema } },
            };
        }

        if (metadata.OfType<FileRequestBody>().FirstOrDefault() is { } file)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = file.MediaTypes.ToDictionary(
                    type => type,
                    _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                    StringComparer.Ordinal),
            };
        }
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
