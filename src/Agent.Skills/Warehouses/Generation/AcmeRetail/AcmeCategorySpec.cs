namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>Price range (unit, USD), typical max quantity per line and relative popularity of a category.</summary>
internal sealed record AcmeCategorySpec(string Department, string Name, double MinPrice, double MaxPrice, int MaxQuantity, double Popularity);
