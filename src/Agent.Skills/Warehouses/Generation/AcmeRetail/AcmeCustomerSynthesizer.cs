using System.Globalization;
using SegmentAI.Skills.Warehouses.Generation.Building;

namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>
/// Synthesizes one customer at a time from a persona: profile, orders with items and returns, email and web
/// behaviour, then the scores derived from that behaviour. Each customer has its own random stream
/// (seed, index), so output does not depend on chunking; id counters advance in customer order.
/// </summary>
internal sealed class AcmeCustomerSynthesizer
{
    private const ulong CustomerStream = 0xACE1;
    private const double DaysPerYear = 365.25;
    private const int DepartmentCount = 14;

    private static readonly string[] Channels = ["store", "online", "app", "pickup"];
    private static readonly string[] ReturnReasons = ["damaged", "wrong_size", "changed_mind", "not_as_described", "late_delivery"];
    private static readonly double[] ApparelReturnWeights = [0.10, 0.50, 0.25, 0.10, 0.05];
    private static readonly double[] OnlineReturnWeights = [0.25, 0.05, 0.35, 0.20, 0.15];
    private static readonly double[] StoreReturnWeights = [0.30, 0.05, 0.45, 0.20, 0.00];
    private static readonly double[] StoreHours = [0, 0, 0, 0, 0, 0, 0, 0, 2, 4, 6, 8, 9, 8, 8, 8, 9, 10, 9, 7, 5, 3, 0, 0];
    private static readonly double[] OnlineHours = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4, 4, 5, 5, 4, 4, 4, 5, 6, 8, 9, 9, 0, 0];
    private static readonly string[] IncomeBands = ["under_35k", "35k_75k", "75k_150k", "150k_plus"];
    private static readonly string[] DomainNames = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net"];

    private readonly WarehouseGenerationOptions _options;
    private readonly DayCalendar _calendar;
    private readonly IReadOnlyList<AcmeCampaign> _campaigns;
    private readonly int[] _season;
    private readonly AcmeCategorySpec[][] _categoriesByDepartment;
    private readonly double[][] _categoryWeights;
    private readonly double[][] _seasonDepartmentFactor;
    private readonly DateTime _asOfMidnight;
    private readonly int _days;
    private long _nextOrderId = 1;
    private long _nextReturnId = 1;

    public AcmeCustomerSynthesizer(WarehouseGenerationOptions options, DayCalendar calendar, IReadOnlyList<AcmeCampaign> campaigns)
    {
        _options = options;
        _calendar = calendar;
        _campaigns = campaigns;
        _days = options.HistoryDays;
        _asOfMidnight = options.AsOf.ToDateTime(TimeOnly.MinValue);
        _season = Enumerable.Range(0, _days).Select(d => AcmeSeasonality.Season(calendar.Date(d))).ToArray();
        var departments = AcmeCatalogData.DepartmentOrder;
        _categoriesByDepartment = departments
            .Select(d => AcmeCatalogData.Categories.Where(c => c.Department == d).ToArray())
            .ToArray();
        _categoryWeights = _categoriesByDepartment.Select(cs => cs.Select(c => c.Popularity).ToArray()).ToArray();
        _seasonDepartmentFactor = Enumerable.Range(0, AcmeSeasonality.SeasonCount)
            .Select(s => departments.Select(d => AcmeSeasonality.DepartmentFactor(s, d)).ToArray())
            .ToArray();
    }

    public AcmeChunk Generate(int firstIndex, int count)
    {
        var chunk = new AcmeChunk();
        for (var i = firstIndex; i < firstIndex + count; i++)
        {
            GenerateCustomer(i, chunk);
        }

        return chunk;
    }

    private void GenerateCustomer(int index, AcmeChunk chunk)
    {
        var random = new DeterministicRandom(_options.Seed, CustomerStream, (ulong)index);
        var customerId = index + 1L;
        var persona = AcmePersona.All[random.Pick(AcmePersona.Shares)];
        var isLapsed = persona.Name == AcmePersona.Lapsed;
        var asOf = _options.AsOf;

        var genderRoll = random.NextDouble();
        var gender = genderRoll < 0.03 ? "unknown" : genderRoll < 0.03 + 0.97 * persona.FemaleProbability ? "female" : "male";
        var firstName = random.Pick(gender switch { "female" => PersonNames.Female, "male" => PersonNames.Male, _ => PersonNames.Neutral });
        var lastName = random.Pick(PersonNames.Last);
        var email = string.Create(CultureInfo.InvariantCulture, $"{firstName.ToLowerInvariant()}.{lastName.ToLowerInvariant()}{customerId}@{random.Pick(DomainNames)}");

        var age = (int)Math.Clamp(Math.Round(random.Normal(persona.AgeMean, persona.AgeStdDev)), 18, 90);
        var birthDate = asOf.AddYears(-age).AddDays(-random.Next(365));
        var state = UsGeography.States[random.Pick(UsGeography.PopulationWeights)];
        var city = random.Pick(state.Cities);
        var zip = (random.Next(state.ZipPrefixFrom, state.ZipPrefixTo + 1) * 100 + random.Next(100)).ToString("D5", CultureInfo.InvariantCulture);

        var lapseOffset = isLapsed ? random.Next(120, 400) : 0;
        var signupOffset = random.Chance(0.7) ? _days + random.Next(1, 1826) : random.Next(1, _days + 1);
        if (isLapsed)
        {
            signupOffset = Math.Max(signupOffset, lapseOffset + 60 + random.Next(300));
        }

        var signupDate = asOf.AddDays(-signupOffset);

        var hasChildren = random.Chance(persona.ChildrenProbability * (age >= 60 ? 0.3 : 1.0));
        var partner = random.Chance(hasChildren ? 0.85 : 0.55);
        var householdSize = (short)(1 + (partner ? 1 : 0) + (hasChildren ? 1 + Math.Min(4, random.Poisson(0.9)) : 0));
        var hasPets = random.Chance(persona.PetsProbability);
        var incomeIndex = random.Pick(IncomeWeights(persona.Name, age));
        var homeOwner = random.Chance(Math.Clamp(0.1 + (age - 25) * 0.015 + incomeIndex * 0.12, 0.05, 0.92));

        var electronics = random.Around(persona.Electronics, 0.12);
        var beauty = random.Around(persona.Beauty * (gender == "male" ? 0.5 : 1.0), 0.12);
        var outdoor = random.Around(persona.Outdoor, 0.12);
        var baby = hasChildren
            ? random.Around(persona.Name == AcmePersona.YoungParent ? 0.8 : 0.3, persona.Name == AcmePersona.YoungParent ? 0.12 : 0.15)
            : random.Around(0.01, 0.01);
        var pet = hasPets ? random.Around(0.7, 0.15) : random.Around(0.01, 0.01);
        var coupon = random.Around(persona.Coupon, 0.1);
        var emailEngagement = random.Around(persona.EmailEngagement, 0.15);
        var browseEngagement = random.Around(0.3 + 0.5 * (1 - persona.StoreShare), 0.15);

        var appInstalled = random.Chance(persona.AppProbability);
        var emailOptIn = random.Chance(0.3 + 0.6 * emailEngagement);
        var smsOptIn = random.Chance(0.08 + 0.3 * emailEngagement);
        var pushOptIn = appInstalled && random.Chance(0.6);
        var plusMember = random.Chance(persona.Name switch { AcmePersona.HighValueVip => 0.7, "loyal_family_shopper" => 0.45, "tech_enthusiast" => 0.35, _ => 0.15 });
        var creditCard = random.Chance(persona.Name switch { AcmePersona.HighValueVip => 0.55, "loyal_family_shopper" => 0.35, "bargain_hunter" => 0.08, _ => 0.15 });

        var appShare = appInstalled ? (1 - persona.StoreShare) * 0.6 : 0.0;
        var onlineShare = 1 - persona.StoreShare - appShare;
        double[] channelWeights = [persona.StoreShare * 0.95, onlineShare * 0.75, appShare, onlineShare * 0.25 + persona.StoreShare * 0.05];
        var preferredChannel = persona.StoreShare >= onlineShare && persona.StoreShare >= appShare ? "store" : appShare > onlineShare ? "app" : "online";
        if (random.Chance(0.1))
        {
            preferredChannel = Channels[random.Next(appInstalled ? 3 : 2)];
        }

        var departmentBySeason = DepartmentWeights(hasChildren, age, homeOwner, baby, pet, electronics, beauty, outdoor);

        var startDay = Math.Max(0, _days - signupOffset);
        var endDay = isLapsed ? Math.Max(startDay, _days - lapseOffset) : _days;
        var sigma = persona.Name == AcmePersona.HighValueVip ? 0.3 : 0.7;
        var rate = persona.OrdersPerYear * random.LogNormal(-sigma * sigma / 2, sigma);
        var priceScale = random.LogNormal(-0.02, 0.2);

        var orderSummary = GenerateOrders(random, chunk, customerId, state, persona, startDay, endDay, rate, priceScale, channelWeights, coupon, departmentBySeason);

        var tierSpend = orderSummary.TrailingYearSpend * random.LogNormal(0, 0.15);
        var loyaltyTier = tierSpend >= 3000 ? "platinum" : tierSpend >= 1000 ? "gold" : tierSpend >= 350 ? "silver" : "none";

        var recency = orderSummary.LastOrderDay >= 0 ? _days - orderSummary.LastOrderDay : Math.Min(signupOffset, 400);
        var churn = Math.Clamp(0.03 + 0.9 * (1 - Math.Exp(-recency / 150.0)) + random.Normal(0, 0.04) + (isLapsed ? 0.08 : 0), 0.01, 0.99);

        if (emailOptIn)
        {
            emailOptIn = GenerateEmail(random, chunk, customerId, startDay, emailEngagement, hasChildren, hasPets, electronics, loyaltyTier);
        }

        var webEndDay = isLapsed ? Math.Min(_days, endDay + 30) : _days;
        var sessionsPerYear = (1.5 + 12 * (1 - persona.StoreShare)) * (0.4 + browseEngagement) * random.LogNormal(-0.18, 0.6);
        GenerateWeb(random, chunk, customerId, startDay, webEndDay, sessionsPerYear, appInstalled, departmentBySeason);

        var engagement = Math.Clamp(
            0.45 * (emailOptIn ? emailEngagement : 0.1 * emailEngagement) + 0.35 * Math.Min(1, sessionsPerYear / 20) + 0.2 * (1 - churn),
            0,
            1);
        var predictedClv = Math.Round((orderSummary.TrailingYearSpend * (1 - churn) * random.LogNormal(0, 0.25)) + 20 * (1 - churn), 2);

        chunk.Customers.Add(new AcmeCustomerRow(
            customerId, firstName, lastName, email, birthDate, AgeBand(birthDate, asOf), gender, state.Code, city, state.Region, zip,
            signupDate, loyaltyTier, plusMember, householdSize, hasChildren, hasPets, emailOptIn, smsOptIn, pushOptIn, preferredChannel,
            Math.Round(churn, 4), Math.Round(electronics, 4), IncomeBands[incomeIndex], homeOwner, creditCard, appInstalled,
            Math.Round(baby, 4), Math.Round(pet, 4), Math.Round(beauty, 4), Math.Round(coupon, 4), predictedClv, Math.Round(engagement, 4)));
        chunk.Personas.Add(persona.Name);
    }

    private static double[] IncomeWeights(string persona, int age) => persona switch
    {
        AcmePersona.HighValueVip => [0.02, 0.10, 0.38, 0.50],
        "bargain_hunter" => [0.40, 0.40, 0.17, 0.03],
        "tech_enthusiast" => [0.12, 0.30, 0.40, 0.18],
        _ when age < 25 => [0.50, 0.35, 0.12, 0.03],
        _ => [0.20, 0.35, 0.32, 0.13],
    };

    internal static string AgeBand(DateOnly birthDate, DateOnly asOf)
    {
        var age = asOf.Year - birthDate.Year - (asOf < birthDate.AddYears(asOf.Year - birthDate.Year) ? 1 : 0);
        return age switch
        {
            < 25 => "18-24",
            < 35 => "25-34",
            < 45 => "35-44",
            < 55 => "45-54",
            < 65 => "55-64",
            _ => "65+",
        };
    }

    /// <summary>Cumulative department weights per season for this customer's interests.</summary>
    private double[][] DepartmentWeights(bool hasChildren, int age, bool homeOwner, double baby, double pet, double electronics, double beauty, double outdoor)
    {
        double[] weights =
        [
            0.05 + 24 * baby,
            30,
            2 + 10 * electronics,
            2.5 + (hasChildren ? 5 : age >= 55 ? 1.5 : 0),
            9 + (hasChildren ? 2 : 0),
            9,
            7,
            0.2 + 15 * pet,
            3 + 12 * beauty,
            2.5 + 10 * outdoor,
            2.5 + (homeOwner ? 2.5 : 0),
            2.5,
            2.5,
            1 + 5 * electronics * (age < 45 ? 1 : 0.4),
        ];
        var result = new double[AcmeSeasonality.SeasonCount][];
        for (var s = 0; s < result.Length; s++)
        {
            var cumulative = new double[DepartmentCount];
            var sum = 0.0;
            for (var d = 0; d < DepartmentCount; d++)
            {
                sum += weights[d] * _seasonDepartmentFactor[s][d];
                cumulative[d] = sum;
            }

            result[s] = cumulative;
        }

        return result;
    }

    private static int PickCumulative(DeterministicRandom random, double[] cumulative)
    {
        var target = random.NextDouble() * cumulative[^1];
        for (var i = 0; i < cumulative.Length; i++)
        {
            if (target < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    private DateTime At(int dayIndex, DeterministicRandom random, double[] hourWeights)
    {
        var hour = random.Pick(hourWeights);
        var seconds = hour * 3600 + random.Next(3600);
        return _calendar.Date(dayIndex).ToDateTime(TimeOnly.MinValue).AddSeconds(seconds);
    }

    private (double TrailingYearSpend, int LastOrderDay) GenerateOrders(
        DeterministicRandom random,
        AcmeChunk chunk,
        long customerId,
        UsState state,
        AcmePersona persona,
        int startDay,
        int endDay,
        double ratePerYear,
        double priceScale,
        double[] channelWeights,
        double coupon,
        double[][] departmentBySeason)
    {
        var expected = ratePerYear / DaysPerYear * _calendar.NormalizedWeight(startDay, endDay);
        var count = random.Poisson(expected);
        if (count == 0)
        {
            return (0, -1);
        }

        var orderDays = new int[count];
        for (var i = 0; i < count; i++)
        {
            orderDays[i] = _calendar.SampleDay(random, startDay, endDay);
        }

        Array.Sort(orderDays);
        var trailingSpend = 0.0;
        var trailingFrom = _days - 365;
        foreach (var day in orderDays)
        {
            var channelIndex = random.Pick(channelWeights);
            var channel = Channels[channelIndex];
            var inStore = channelIndex is 0 or 3;
            var orderTs = At(day, random, inStore ? StoreHours : OnlineHours);
            string? storeState = null;
            if (inStore)
            {
                storeState = random.Chance(0.92) ? state.Code : UsGeography.States[random.Pick(UsGeography.PopulationWeights)].Code;
            }

            var usedCoupon = random.Chance(coupon * 0.55);
            var discount = usedCoupon ? random.Uniform(0.05, 0.25) : 0.0;
            var lines = 1 + random.Poisson((channelIndex == 0 ? 1.6 : 0.9) * persona.BasketScale);
            var orderId = _nextOrderId++;
            var total = 0m;
            var itemCount = 0;
            var firstItem = chunk.Items.Count;
            var departmentWeights = departmentBySeason[_season[day]];
            for (var line = 1; line <= lines; line++)
            {
                var department = PickCumulative(random, departmentWeights);
                var categories = _categoriesByDepartment[department];
                var category = categories[random.Pick(_categoryWeights[department])];
                var quantity = category.MaxQuantity == 1 || random.Chance(0.6) ? 1 : random.Next(2, category.MaxQuantity + 1);
                var unitPrice = Math.Exp(random.Uniform(Math.Log(category.MinPrice), Math.Log(category.MaxPrice))) * priceScale;
                var amount = Math.Max(0.01m, Math.Round((decimal)(unitPrice * quantity * (1 - discount)), 2));
                total += amount;
                itemCount += quantity;
                chunk.Items.Add(new AcmeOrderItemRow(orderId, line, category.Department, category.Name, quantity, amount));
            }

            chunk.Orders.Add(new AcmeOrderRow(orderId, customerId, orderTs, channel, storeState, total, itemCount, usedCoupon));
            if (day >= trailingFrom)
            {
                trailingSpend += (double)total;
            }

            if (random.Chance(inStore ? 0.02 : 0.045))
            {
                var item = chunk.Items[firstItem + random.Next(lines)];
                var reasonWeights = item.Department == "Apparel" ? ApparelReturnWeights : inStore ? StoreReturnWeights : OnlineReturnWeights;
                var reason = ReturnReasons[random.Pick(reasonWeights)];
                var returnTs = orderTs.AddSeconds(random.Next(86_400, 30 * 86_400));
                if (returnTs < _asOfMidnight)
                {
                    var amount = random.Chance(0.25) ? total : item.Amount;
                    chunk.Returns.Add(new AcmeReturnRow(_nextReturnId++, orderId, customerId, returnTs, amount, reason));
                }
            }
        }

        return (trailingSpend, orderDays[^1]);
    }

    /// <summary>Returns whether the customer is still opted in at as-of (an unsubscribe ends the stream).</summary>
    private bool GenerateEmail(
        DeterministicRandom random,
        AcmeChunk chunk,
        long customerId,
        int startDay,
        double engagement,
        bool hasChildren,
        bool hasPets,
        double electronics,
        string loyaltyTier)
    {
        foreach (var campaign in _campaigns)
        {
            if (campaign.DayIndex < startDay)
            {
                continue;
            }

            var (targetProbability, relevance) = campaign.Theme switch
            {
                "weekly_deals" => (0.25, 1.0),
                "black_friday" or "holiday" => (0.7, 1.3),
                "back_to_school" => hasChildren ? (0.85, 1.4) : (0.15, 0.7),
                "baby" => hasChildren ? (0.9, 1.5) : (0.03, 0.5),
                "pets" => hasPets ? (0.9, 1.5) : (0.03, 0.5),
                "electronics" => electronics > 0.5 ? (0.85, 1.5) : (0.1, 0.8),
                _ => loyaltyTier != "none" ? (0.9, 1.2) : (0.05, 0.8),
            };
            if (!random.Chance(targetProbability))
            {
                continue;
            }

            var sentTs = campaign.SendDate.ToDateTime(TimeOnly.MinValue).AddSeconds(campaign.SendHour * 3600 + random.Next(3600));
            chunk.EmailEvents.Add(new AcmeEmailEventRow(customerId, campaign.CampaignId, sentTs, "sent"));
            var lastTs = sentTs;
            if (random.Chance(Math.Min(0.95, (0.05 + 0.5 * engagement) * relevance)))
            {
                var openTs = sentTs.AddSeconds(Math.Min(7 * 86_400, random.Exponential(8 * 3600)));
                if (openTs < _asOfMidnight)
                {
                    chunk.EmailEvents.Add(new AcmeEmailEventRow(customerId, campaign.CampaignId, openTs, "open"));
                    lastTs = openTs;
                    if (random.Chance(Math.Min(0.9, (0.1 + 0.35 * engagement) * relevance)))
                    {
                        var clickTs = openTs.AddSeconds(random.Next(5, 600));
                        if (clickTs < _asOfMidnight)
                        {
                            chunk.EmailEvents.Add(new AcmeEmailEventRow(customerId, campaign.CampaignId, clickTs, "click"));
                            lastTs = clickTs;
                        }
                    }
                }
            }

            if (random.Chance(0.001 + 0.004 * (1 - engagement)))
            {
                var unsubscribeTs = lastTs.AddSeconds(random.Next(30, 900));
                if (unsubscribeTs < _asOfMidnight)
                {
                    chunk.EmailEvents.Add(new AcmeEmailEventRow(customerId, campaign.CampaignId, unsubscribeTs, "unsubscribe"));
                    return false;
                }
            }
        }

        return true;
    }

    private void GenerateWeb(
        DeterministicRandom random,
        AcmeChunk chunk,
        long customerId,
        int startDay,
        int endDay,
        double sessionsPerYear,
        bool appInstalled,
        double[][] departmentBySeason)
    {
        var sessions = random.Poisson(sessionsPerYear / DaysPerYear * _calendar.NormalizedWeight(startDay, endDay));
        for (var s = 0; s < sessions; s++)
        {
            var day = _calendar.SampleDay(random, startDay, endDay);
            var ts = At(day, random, OnlineHours);
            var device = appInstalled && random.Chance(0.55) ? "app" : random.Chance(0.55) ? "mobile_web" : "desktop";
            var department = AcmeCatalogData.DepartmentOrder[PickCumulative(random, departmentBySeason[_season[day]])];
            var views = 1;
            while (views < 12 && random.Chance(0.55))
            {
                views++;
            }

            for (var v = 0; v < views; v++)
            {
                chunk.WebEvents.Add(new AcmeWebEventRow(customerId, ts, "product_view", department, device));
                ts = ts.AddSeconds(random.Next(15, 120));
            }

            if (random.Chance(0.3))
            {
                chunk.WebEvents.Add(new AcmeWebEventRow(customerId, ts, "add_to_cart", department, device));
                if (random.Chance(0.5))
                {
                    ts = ts.AddSeconds(random.Next(20, 300));
                    chunk.WebEvents.Add(new AcmeWebEventRow(customerId, ts, "checkout_start", department, device));
                }
            }
        }
    }
}
