namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>The priced assortment; the public department list is derived from it so both never drift apart.</summary>
internal static class AcmeCatalogData
{
    public static IReadOnlyList<string> DepartmentOrder { get; } =
    [
        "Baby", "Grocery", "Electronics", "Toys", "Apparel", "Home & Kitchen", "Pharmacy",
        "Pets", "Beauty", "Sports & Outdoors", "Garden", "Automotive", "Office", "Video Games",
    ];

    public static IReadOnlyList<AcmeCategorySpec> Categories { get; } =
    [
        new("Baby", "Diapers", 15, 50, 3, 5), new("Baby", "Wipes", 3, 15, 4, 4), new("Baby", "Formula", 20, 45, 3, 3),
        new("Baby", "Baby Food", 1, 6, 8, 3), new("Baby", "Strollers", 80, 600, 1, 0.3), new("Baby", "Car Seats", 60, 400, 1, 0.3),
        new("Baby", "Baby Clothing", 8, 35, 3, 2),
        new("Grocery", "Produce", 1, 6, 6, 6), new("Grocery", "Dairy", 2, 8, 4, 5), new("Grocery", "Snacks", 2, 7, 4, 5),
        new("Grocery", "Beverages", 2, 15, 4, 5), new("Grocery", "Frozen", 3, 12, 4, 3), new("Grocery", "Bakery", 2, 8, 3, 3),
        new("Grocery", "Meat & Seafood", 5, 30, 3, 3), new("Grocery", "Pantry", 1.5, 9, 5, 4), new("Grocery", "Breakfast & Cereal", 3, 8, 3, 2),
        new("Electronics", "TVs", 180, 2500, 1, 0.6), new("Electronics", "Laptops", 300, 2200, 1, 0.6), new("Electronics", "Headphones", 15, 350, 1, 2),
        new("Electronics", "Smartphones", 150, 1200, 1, 0.6), new("Electronics", "Smart Home", 20, 250, 2, 1.5), new("Electronics", "Tablets", 100, 900, 1, 0.6),
        new("Electronics", "Cameras", 150, 1500, 1, 0.3), new("Electronics", "Cables & Chargers", 8, 40, 3, 3),
        new("Toys", "Board Games", 10, 60, 2, 2), new("Toys", "Dolls", 8, 60, 2, 1.5), new("Toys", "Building Sets", 10, 150, 2, 1.5),
        new("Toys", "Action Figures", 6, 40, 3, 1.5), new("Toys", "Outdoor Play", 20, 250, 1, 0.8), new("Toys", "Puzzles", 6, 30, 2, 1),
        new("Apparel", "Women's Clothing", 10, 80, 3, 3), new("Apparel", "Men's Clothing", 10, 80, 3, 2.5), new("Apparel", "Kids' Clothing", 6, 40, 4, 2),
        new("Apparel", "Shoes", 20, 120, 2, 1.5), new("Apparel", "Activewear", 12, 70, 3, 1.2), new("Apparel", "Accessories", 5, 50, 2, 1.2),
        new("Home & Kitchen", "Cookware", 15, 200, 1, 1), new("Home & Kitchen", "Small Appliances", 25, 300, 1, 0.8), new("Home & Kitchen", "Bedding", 20, 150, 2, 1),
        new("Home & Kitchen", "Bath", 5, 50, 3, 1.5), new("Home & Kitchen", "Furniture", 60, 800, 1, 0.3), new("Home & Kitchen", "Home Decor", 8, 90, 3, 1.5),
        new("Home & Kitchen", "Storage & Organization", 8, 60, 3, 1.2), new("Home & Kitchen", "Cleaning Supplies", 3, 20, 4, 3),
        new("Pharmacy", "Vitamins", 6, 35, 3, 2), new("Pharmacy", "Cold & Flu", 5, 20, 2, 1.5), new("Pharmacy", "Pain Relief", 4, 18, 2, 1.5),
        new("Pharmacy", "First Aid", 3, 25, 2, 1), new("Pharmacy", "Personal Care", 3, 15, 3, 3), new("Pharmacy", "Allergy", 6, 30, 2, 1),
        new("Pets", "Dog Food", 10, 80, 2, 3), new("Pets", "Cat Food", 8, 50, 3, 3), new("Pets", "Pet Toys", 3, 25, 3, 1.5),
        new("Pets", "Pet Treats", 3, 20, 3, 2), new("Pets", "Litter", 8, 30, 2, 1.5), new("Pets", "Pet Health", 10, 60, 1, 0.8),
        new("Beauty", "Skincare", 8, 80, 2, 3), new("Beauty", "Makeup", 5, 50, 3, 3), new("Beauty", "Hair Care", 4, 35, 2, 2.5),
        new("Beauty", "Fragrance", 25, 120, 1, 0.8), new("Beauty", "Nail Care", 3, 15, 3, 1), new("Beauty", "Men's Grooming", 5, 60, 2, 1.2),
        new("Sports & Outdoors", "Camping", 15, 400, 2, 1.5), new("Sports & Outdoors", "Fitness", 10, 500, 2, 2), new("Sports & Outdoors", "Cycling", 20, 900, 1, 1),
        new("Sports & Outdoors", "Team Sports", 10, 80, 2, 1.2), new("Sports & Outdoors", "Water Sports", 15, 300, 1, 0.7), new("Sports & Outdoors", "Fishing", 8, 200, 2, 0.8),
        new("Garden", "Plants & Seeds", 2, 40, 5, 2.5), new("Garden", "Garden Tools", 8, 80, 2, 1.5), new("Garden", "Outdoor Furniture", 50, 700, 1, 0.4),
        new("Garden", "Grills", 100, 900, 1, 0.3), new("Garden", "Lawn Care", 10, 60, 2, 1.5), new("Garden", "Patio Decor", 8, 60, 2, 1),
        new("Automotive", "Motor Oil", 10, 50, 2, 2), new("Automotive", "Car Care", 5, 30, 3, 2), new("Automotive", "Tires", 60, 250, 4, 0.4),
        new("Automotive", "Auto Parts", 10, 150, 2, 1.2), new("Automotive", "Car Electronics", 20, 200, 1, 0.6),
        new("Office", "Paper", 5, 30, 3, 2), new("Office", "Writing Supplies", 2, 20, 4, 2), new("Office", "School Supplies", 2, 25, 6, 2),
        new("Office", "Printers & Ink", 20, 300, 1, 0.8), new("Office", "Office Furniture", 40, 400, 1, 0.3), new("Office", "Backpacks", 15, 70, 1, 0.8),
        new("Video Games", "Consoles", 250, 550, 1, 0.4), new("Video Games", "Games", 20, 70, 2, 3), new("Video Games", "Gaming Accessories", 15, 150, 2, 1.5),
        new("Video Games", "Gift Cards", 10, 100, 2, 1), new("Video Games", "PC Gaming", 30, 250, 1, 0.6),
    ];
}
