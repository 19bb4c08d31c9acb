namespace SegmentAI.Skills.Warehouses.Generation.Dealflow;

/// <summary>Explicit DDL for the Dealflow contract tables.</summary>
internal static class DealflowSchema
{
    public const string Ddl = """
        CREATE TABLE users(
            user_id BIGINT, signup_ts TIMESTAMP, role VARCHAR, plan VARCHAR, company_size VARCHAR, region VARCHAR, referral_source VARCHAR);
        CREATE TABLE deals(
            deal_id BIGINT, created_ts TIMESTAMP, creator_user_id BIGINT, sector VARCHAR, round VARCHAR,
            target_amount DECIMAL(14,2), status VARCHAR);
        CREATE TABLE events(
            event_id BIGINT, user_id BIGINT, session_id VARCHAR, event_ts TIMESTAMP, event_type VARCHAR, deal_id BIGINT);
        CREATE TABLE truth.user_persona(user_id BIGINT, persona VARCHAR);
        """;
}
