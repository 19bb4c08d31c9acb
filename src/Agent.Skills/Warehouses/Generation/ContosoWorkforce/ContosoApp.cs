namespace SegmentAI.Skills.Warehouses.Generation.ContosoWorkforce;

/// <summary>A SaaS application behind Contoso's SSO.</summary>
/// <param name="AppId">Stable id used in apps.app_id, licenses.app_id and sso_events.target_app.</param>
/// <param name="AppName">Display name.</param>
/// <param name="Category">Application category.</param>
/// <param name="AnnualLicenseCost">Cost per seat per year in USD.</param>
internal sealed record ContosoApp(string AppId, string AppName, string Category, decimal AnnualLicenseCost);
