namespace ArticleFacts;

/// <summary>The kind of a named entity.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: an agency, ministry, company, newspaper.</summary>
    Organization,
    /// <summary>A country or state.</summary>
    Country,
    /// <summary>A place: a city, region, geographic feature.</summary>
    Place,
    /// <summary>A group of people or countries that is not an organisation (officials, allies).</summary>
    Group,
}

/// <summary>How a claim's source stands to what it says.</summary>
public enum Stance
{
    /// <summary>Stated as fact.</summary>
    Asserted,
    /// <summary>Attributed with a neutral cue: said, reported, called.</summary>
    Reported,
    /// <summary>An accusation or unverified statement: accused, alleged, claimed.</summary>
    Alleged,
    /// <summary>Denied by the source.</summary>
    Denied,
}

/// <summary>How a quantity's value relates to the true amount.</summary>
public enum Comparator
{
    /// <summary>Exactly the value.</summary>
    Exact,
    /// <summary>About the value ("around", "some").</summary>
    Approx,
    /// <summary>Strictly more than the value.</summary>
    MoreThan,
    /// <summary>Strictly less than the value.</summary>
    LessThan,
    /// <summary>The value or more.</summary>
    AtLeast,
    /// <summary>The value or less.</summary>
    AtMost,
}

/// <summary>Whether a quotation stands alone or is embedded in the writer's sentence.</summary>
public enum QuoteKind
{
    /// <summary>A quotation standing as its own sentence.</summary>
    Direct,
    /// <summary>A quotation embedded in the writer's sentence.</summary>
    Partial,
}

/// <summary>When an event happens relative to the article's publication date.</summary>
public enum Tense
{
    /// <summary>Before publication.</summary>
    Past,
    /// <summary>Under way at publication.</summary>
    Ongoing,
    /// <summary>After publication.</summary>
    Future,
}

/// <summary>A modifier of a date expression (early, mid, late, around).</summary>
public enum DateMod
{
    /// <summary>The start of the period: early, earlier.</summary>
    Start,
    /// <summary>The middle of the period.</summary>
    Mid,
    /// <summary>The end of the period: late, later.</summary>
    End,
    /// <summary>Around the date.</summary>
    Approx,
}

/// <summary>How a date expression's value follows from the publication date.</summary>
public enum DateRule
{
    /// <summary>The publication date itself.</summary>
    Dct,
    /// <summary>The publication month.</summary>
    ThisMonth,
    /// <summary>The publication year.</summary>
    ThisYear,
    /// <summary>The year before publication.</summary>
    LastYear,
    /// <summary>The ISO week seven days after publication.</summary>
    NextWeek,
    /// <summary>A named month of the year before publication.</summary>
    MonthOfLastYear,
    /// <summary>The latest named month strictly before the publication month.</summary>
    LastPastMonth,
    /// <summary>The earliest date on or after publication with the named month and day.</summary>
    NextMonthDay,
    /// <summary>The latest date strictly before publication on the named weekday.</summary>
    PastWeekday,
}

/// <summary>The precision of a <see cref="PartialDate"/>.</summary>
public enum DatePrecision
{
    /// <summary>A year: <c>2024</c>.</summary>
    Year,
    /// <summary>A month: <c>2024-01</c>.</summary>
    Month,
    /// <summary>A day: <c>2024-01-14</c>.</summary>
    Day,
    /// <summary>An ISO week: <c>2024-W03</c>.</summary>
    Week,
}
