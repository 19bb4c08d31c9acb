namespace SegmentAI.Skills.Warehouses.Generation.Dealflow;

internal sealed record DealflowUser(long UserId, DateTime SignupTs, string Role, DealflowPersona Persona);
