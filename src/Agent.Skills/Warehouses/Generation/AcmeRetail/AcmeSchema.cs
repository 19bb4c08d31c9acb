namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>Explicit DDL so column types are exactly the contract, independent of appended .NET types.</summary>
internal static class AcmeSchema
{
    public const string Ddl = """
        CREATE TABLE customers(
            customer_id BIGINT, first_name VARCHAR, last_name VARCHAR, email VARCHAR, birth_date DATE, age_band VARCHAR,
            gender VARCHAR, state CHAR(2), city VARCHAR, region VARCHAR, zip CHAR(5), signup_date DATE, loyalty_tier VARCHAR,
            acme_plus_member BOOLEAN, household_size SMALLINT, has_children BOOLEAN, has_pets BOOLEAN, email_opt_in BOOLEAN,
            sms_opt_in BOOLEAN, push_opt_in BOOLEAN, preferred_channel VARCHAR, churn_score DOUBLE, electronics_affinity DOUBLE,
            income_band VARCHAR, home_owner BOOLEAN, acme_credit_card BOOLEAN, app_installed BOOLEAN, baby_affinity DOUBLE,
            pet_affinity DOUBLE, beauty_affinity DOUBLE, coupon_propensity DOUBLE, predicted_clv DOUBLE, engagement_score DOUBLE);
        CREATE TABLE orders(
            order_id BIGINT, customer_id BIGINT, order_ts TIMESTAMP, channel VARCHAR, store_state CHAR(2),
            total_amount DECIMAL(10,2), item_count INT, used_coupon BOOLEAN);
        CREATE TABLE order_items(
            order_id BIGINT, line_no INT, department VARCHAR, category VARCHAR, quantity INT, amount DECIMAL(10,2));
        CREATE TABLE email_campaigns(campaign_id VARCHAR, campaign_name VARCHAR, theme VARCHAR, send_date DATE);
        CREATE TABLE email_events(customer_id BIGINT, campaign_id VARCHAR, event_ts TIMESTAMP, event_type VARCHAR);
        CREATE TABLE web_events(customer_id BIGINT, event_ts TIMESTAMP, event_type VARCHAR, department VARCHAR, device VARCHAR);
        CREATE TABLE returns(
            return_id BIGINT, order_id BIGINT, customer_id BIGINT, return_ts TIMESTAMP, amount DECIMAL(10,2), reason VARCHAR);
        CREATE TABLE truth.customer_persona(customer_id BIGINT, persona VARCHAR);
        """;
}
