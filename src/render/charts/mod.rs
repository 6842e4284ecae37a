//! Accessible inline SVG charts for the stats page: no JavaScript, no fixed size.
//!
//! Every chart is an `<svg role="img">` labelled by its own `<title>` and
//! `<desc>`, sized by `viewBox` (it fills its container's width and keeps
//! its aspect ratio) within the CSS bounds `.chart-svg svg` sets: text is
//! `FONT` units of a `WIDTH`-unit drawing, so between the theme's min-width
//! (300 px) and max-width (26rem) it is drawn at 12 to 16.6 CSS px, never
//! smaller on a phone (a narrower column scrolls), and coloured with
//! `currentColor` and the theme's
//! `--accent` custom property, so it follows the page's colours and dark mode.
//! Output is a pure function of the input: the same data gives the same bytes.

use crate::recognition::Stats;
use chrono::Datelike;

use crate::i18n::{Arg, Catalogue, Msg, Numbers};

/// viewBox width of every chart; heights vary with the chart type. Charts
/// drawn 640 units wide and scaled to a phone's column put their labels at
/// 6 px; at 400 units and the theme's min-width of 300 px, 16-unit text is
/// 12 px.
const WIDTH: f64 = 400.0;
/// Font size in viewBox units.
const FONT: f64 = 16.0;
/// Rough advance of one character at `FONT`, to keep labels from colliding.
const CHAR_W: f64 = 9.0;
/// Horizontal-bar labels longer than this are shortened (the full text
/// stays in a tooltip); the label sits above its bar, across the chart.
const MAX_LABEL_CHARS: usize = 40;

/// What a chart needs besides its title and data.
#[derive(Debug, Clone, Copy, Default)]
pub struct ChartOptions<'a> {
    /// Prefix for the chart's element ids; must be unique on the page.
    pub id: &'a str,
    /// Axis titles; empty means none. For horizontal bars the x axis is the
    /// value axis and the y axis the categories.
    pub x_label: &'a str,
    pub y_label: &'a str,
    /// Text for `<desc>`; `None` generates a summary of the data.
    pub desc: Option<&'a str>,
    /// What an empty chart says ("No data yet").
    pub empty: &'a str,
    /// How the language writes the values shown (ticks, tooltips, the
    /// values after bars); `None` writes ASCII digits.
    pub numbers: Option<&'a Numbers>,
}

impl<'a> ChartOptions<'a> {
    pub fn new(id: &'a str, x_label: &'a str, y_label: &'a str) -> ChartOptions<'a> {
        ChartOptions {
            id,
            x_label,
            y_label,
            desc: None,
            empty: "No data yet",
            numbers: None,
        }
    }

    /// A value as readers of the chart's language write it.
    fn n(&self, v: usize) -> String {
        match self.numbers {
            Some(n) => n.int(i64::try_from(v).unwrap_or(i64::MAX)),
            None => v.to_string(),
        }
    }
}

/// The four charts of the stats page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsCharts {
    pub per_month: String,
    pub cumulative_members: String,
    pub by_kind: String,
    pub top_topics: String,
}

/// The stats page's charts, with ids `{prefix}-months`, `{prefix}-members`,
/// `{prefix}-kinds` and `{prefix}-topics` (each followed by `-title`/`-desc`).
pub fn stats_charts(stats: &Stats, prefix: &str, i18n: &Catalogue) -> StatsCharts {
    let id = |s: &str| format!("{prefix}-{s}");
    let kinds: Vec<(String, usize)> = stats
        .by_kind
        .iter()
        .map(|(k, n)| (i18n.t(&format!("kinds-{}", k.as_str())), *n))
        .collect();
    let t = |k: &str| i18n.t(k);
    let (month, stories) = (t("chart-axis-month"), t("chart-axis-stories"));
    let (members, kind, topic) = (
        t("chart-axis-members"),
        t("chart-axis-kind"),
        t("chart-axis-topic"),
    );
    let empty = t("chart-no-data");
    let numbers = &*i18n.numbers();
    let opts = |name: &str, x: &'_ str, y: &'_ str| (id(name), x.to_string(), y.to_string());
    let with =
        |o: &(String, String, String), desc: Option<&str>, f: &dyn Fn(&ChartOptions) -> String| {
            let mut c = ChartOptions::new(&o.0, &o.1, &o.2);
            c.empty = &empty;
            c.numbers = Some(numbers);
            c.desc = desc;
            f(&c)
        };
    let months = in_words(&stats.per_month, i18n);
    let joined = in_words(&stats.cumulative_members, i18n);
    let (d1, d2) = (series_words(&months, i18n), series_words(&joined, i18n));
    StatsCharts {
        per_month: with(&opts("months", &month, &stories), d1.as_deref(), &|c| {
            bar_chart(&t("chart-per-month"), &months, c)
        }),
        cumulative_members: with(&opts("members", &month, &members), d2.as_deref(), &|c| {
            line_chart(&t("chart-members"), &joined, c)
        }),
        by_kind: with(&opts("kinds", &stories, &kind), None, &|c| {
            hbar_chart(&t("chart-kinds"), &kinds, c)
        }),
        top_topics: with(&opts("topics", &stories, &topic), None, &|c| {
            hbar_chart(&t("chart-topics"), &stats.top_topics, c)
        }),
    }
}

/// A monthly series with its months written as words ("Mar 2025", not
/// "2025-03"), as the rest of the site writes dates, in its language.
fn in_words(data: &[(String, usize)], i18n: &Catalogue) -> Vec<(String, usize)> {
    let word = |month: &str| {
        chrono::NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").map_or_else(
            |_| month.to_string(),
            |d| i18n.msg(&Msg::new("chart-month").arg("month", Arg::Month(d.year(), d.month0()))),
        )
    };
    data.iter().map(|(m, n)| (word(m), *n)).collect()
}

/// The `<desc>` of a series in the site's language (`None` when empty).
fn series_words(data: &[(String, usize)], i18n: &Catalogue) -> Option<String> {
    let (first, last) = (data.first()?, data.last()?);
    let peak = data
        .iter()
        .fold(first, |best, d| if d.1 > best.1 { d } else { best });
    let total: usize = data.iter().map(|d| d.1).sum();
    let m = Msg::new("chart-series-desc")
        .num("count", data.len())
        .str("first", &first.0)
        .num("first_n", first.1)
        .str("last", &last.0)
        .num("last_n", last.1)
        .num("peak_n", peak.1)
        .str("peak", &peak.0)
        .num("sum", total);
    Some(i18n.msg(&m))
}

/// Plot area of a vertical chart, in viewBox units.
struct Frame {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    height: f64,
}

const VFRAME: Frame = Frame {
    left: 60.0,
    right: WIDTH - 12.0,
    top: 14.0,
    bottom: 200.0,
    height: 252.0,
};

/// Vertical bars, one per item (a time series such as stories per month).
/// Only every Nth item is labelled so labels never overlap, whatever the count.
pub fn bar_chart(title: &str, data: &[(String, usize)], opts: &ChartOptions) -> String {
    if data.is_empty() {
        return empty_chart(title, opts);
    }
    let f = &VFRAME;
    let (top, step) = nice_scale(data.iter().map(|d| d.1).max().unwrap_or(0));
    let band = (f.right - f.left) / data.len() as f64;
    let mut svg = open_svg(title, &series_desc(data, opts), opts, f.height);
    svg.push_str(&value_axis(f, top, step, opts));
    svg.push_str(&category_labels(f, data, band));
    svg.push_str("<g fill=\"currentColor\" style=\"color:var(--accent)\">");
    for (i, (label, v)) in data.iter().enumerate().filter(|(_, d)| d.1 > 0) {
        let h = (f.bottom - f.top) * *v as f64 / top as f64;
        svg.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}: {}</title></rect>",
            num(f.left + band * (i as f64 + 0.1)),
            num(f.bottom - h),
            num(band * 0.8),
            num(h),
            esc(label),
            opts.n(*v)
        ));
    }
    svg.push_str("</g>");
    svg.push_str(&axis_titles(f, opts));
    svg.push_str("</svg>");
    svg
}

/// A line over a shaded area (a running total such as members over time).
pub fn line_chart(title: &str, data: &[(String, usize)], opts: &ChartOptions) -> String {
    if data.is_empty() {
        return empty_chart(title, opts);
    }
    let f = &VFRAME;
    let (top, step) = nice_scale(data.iter().map(|d| d.1).max().unwrap_or(0));
    let band = (f.right - f.left) / data.len() as f64;
    let point = |i: usize, v: usize| {
        let x = f.left + band * (i as f64 + 0.5);
        (x, f.bottom - (f.bottom - f.top) * v as f64 / top as f64)
    };
    let line: Vec<String> = data
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (x, y) = point(i, d.1);
            format!("{} {}", num(x), num(y))
        })
        .collect();
    let (first_x, last_x) = (point(0, 0).0, point(data.len() - 1, 0).0);
    let mut svg = open_svg(title, &series_desc(data, opts), opts, f.height);
    svg.push_str(&value_axis(f, top, step, opts));
    svg.push_str(&category_labels(f, data, band));
    svg.push_str("<g style=\"color:var(--accent)\">");
    svg.push_str(&format!(
        "<path d=\"M{} {} L{} L{} {} Z\" fill=\"currentColor\" fill-opacity=\"0.2\"/>",
        num(first_x),
        num(f.bottom),
        line.join(" L"),
        num(last_x),
        num(f.bottom)
    ));
    svg.push_str(&format!(
        "<path d=\"M{}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-linejoin=\"round\"/>",
        line.join(" L")
    ));
    svg.push_str(&points(data, point, opts));
    svg.push_str("</g>");
    svg.push_str(&axis_titles(f, opts));
    svg.push_str("</svg>");
    svg
}

/// Dots on the line, each with a tooltip.
fn points(
    data: &[(String, usize)],
    point: impl Fn(usize, usize) -> (f64, f64),
    opts: &ChartOptions,
) -> String {
    let mut out = String::from("<g fill=\"currentColor\">");
    for (i, (label, v)) in data.iter().enumerate() {
        let (x, y) = point(i, *v);
        out.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"3\"><title>{}: {}</title></circle>",
            num(x),
            num(y),
            esc(label),
            opts.n(*v)
        ));
    }
    out.push_str("</g>");
    out
}

/// Horizontal bars with the category names on the left (kinds, topics).
pub fn hbar_chart(title: &str, data: &[(String, usize)], opts: &ChartOptions) -> String {
    if data.is_empty() {
        return empty_chart(title, opts);
    }
    // Each name on its own line above its bar: names beside the bars left
    // the bars a third of a phone's width.
    const ROW: f64 = 46.0;
    let left = 4.0;
    let head = if opts.y_label.is_empty() { 8.0 } else { 30.0 };
    let bottom = head + ROW * data.len() as f64;
    let f = Frame {
        left,
        right: WIDTH - 48.0,
        top: head,
        bottom,
        height: bottom + if opts.x_label.is_empty() { 28.0 } else { 48.0 },
    };
    let (top, step) = nice_scale(data.iter().map(|d| d.1).max().unwrap_or(0));
    let mut svg = open_svg(title, &list_desc(data, opts), opts, f.height);
    svg.push_str(&hbar_axis(&f, top, step, opts));
    for (i, (label, v)) in data.iter().enumerate() {
        svg.push_str(&hbar_row(&f, head + ROW * i as f64, label, *v, top, opts));
    }
    if !opts.y_label.is_empty() {
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-weight=\"bold\">{}</text>",
            num(f.left),
            num(head - 10.0),
            esc(opts.y_label)
        ));
    }
    if !opts.x_label.is_empty() {
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            num((f.left + f.right) / 2.0),
            num(f.height - 8.0),
            esc(opts.x_label)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// One horizontal bar: its name, the bar and the value after it.
fn hbar_row(f: &Frame, y: f64, label: &str, v: usize, top: usize, opts: &ChartOptions) -> String {
    let w = (f.right - f.left) * v as f64 / top as f64;
    let shown = opts.n(v);
    let bar = y + 22.0;
    format!(
        "<g><title>{}: {shown}</title>\
         <text x=\"{}\" y=\"{}\">{}</text>\
         <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"currentColor\" style=\"color:var(--accent)\"/>\
         <text x=\"{}\" y=\"{}\">{shown}</text></g>",
        esc(label),
        num(f.left),
        num(y + FONT),
        esc(&short(label)),
        num(f.left),
        num(bar),
        num(w),
        num(f.left + w + 6.0),
        num(bar + 8.0 + FONT / 3.0)
    )
}

/// Value axis along the bottom of a horizontal-bar chart, with grid lines.
fn hbar_axis(f: &Frame, top: usize, step: usize, opts: &ChartOptions) -> String {
    let mut out = String::from("<g stroke=\"currentColor\" stroke-opacity=\"0.2\">");
    let ticks: Vec<usize> = (0..=top).step_by(step).collect();
    for &t in &ticks {
        let x = num(f.left + (f.right - f.left) * t as f64 / top as f64);
        out.push_str(&format!(
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\"/>",
            num(f.top),
            num(f.bottom)
        ));
    }
    out.push_str("</g><g text-anchor=\"middle\">");
    for &t in &ticks {
        let x = num(f.left + (f.right - f.left) * t as f64 / top as f64);
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{}\">{}</text>",
            num(f.bottom + 20.0),
            opts.n(t)
        ));
    }
    out.push_str("</g>");
    out
}

/// The opening `<svg>` with its title and description.
fn open_svg(title: &str, desc: &str, opts: &ChartOptions, height: f64) -> String {
    let id = id_safe(opts.id);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" class=\"chart\" \
         role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" style=\"width:100%;height:auto\" \
         fill=\"currentColor\" font-size=\"{}\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        num(WIDTH),
        num(height),
        num(FONT),
        esc(title),
        esc(desc)
    )
}

/// A chart with no data still says what it is.
fn empty_chart(title: &str, opts: &ChartOptions) -> String {
    let said = format!("{}.", opts.empty);
    let mut svg = open_svg(title, opts.desc.unwrap_or(&said), opts, 80.0);
    svg.push_str(&format!(
        "<text x=\"{}\" y=\"44\" text-anchor=\"middle\">{}</text></svg>",
        num(WIDTH / 2.0),
        esc(opts.empty)
    ));
    svg
}

/// Grid lines and tick labels of the value (y) axis, plus the baseline.
fn value_axis(f: &Frame, top: usize, step: usize, opts: &ChartOptions) -> String {
    let y_of = |t: usize| f.bottom - (f.bottom - f.top) * t as f64 / top as f64;
    let ticks: Vec<usize> = (0..=top).step_by(step).collect();
    let mut out = String::from("<g stroke=\"currentColor\" stroke-opacity=\"0.2\">");
    for &t in &ticks[1..] {
        let y = num(y_of(t));
        out.push_str(&format!(
            "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/>",
            num(f.left),
            num(f.right)
        ));
    }
    out.push_str(&format!(
        "</g><line x1=\"{}\" y1=\"{b}\" x2=\"{}\" y2=\"{b}\" stroke=\"currentColor\"/>",
        num(f.left),
        num(f.right),
        b = num(f.bottom)
    ));
    out.push_str("<g text-anchor=\"end\">");
    for &t in &ticks {
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\">{}</text>",
            num(f.left - 6.0),
            num(y_of(t) + FONT / 3.0),
            opts.n(t)
        ));
    }
    out.push_str("</g>");
    out
}

/// Category labels under a vertical chart: every Nth, so they never overlap.
fn category_labels(f: &Frame, data: &[(String, usize)], band: f64) -> String {
    let widest = data.iter().map(|d| d.0.chars().count()).max().unwrap_or(1);
    let fits = ((f.right - f.left) / (widest as f64 * CHAR_W + 12.0)).floor() as usize;
    let every = label_step(data.len(), fits.max(1));
    let mut out = String::from("<g text-anchor=\"middle\">");
    for (i, (label, _)) in data.iter().enumerate().step_by(every) {
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\">{}</text>",
            num(f.left + band * (i as f64 + 0.5)),
            num(f.bottom + 20.0),
            esc(label)
        ));
    }
    out.push_str("</g>");
    out
}

/// Label every Nth item so at most `fits` labels show. N is 1, 2, 3, 4, 6
/// or a multiple of 12, so monthly labels fall on a regular calendar rhythm.
pub fn label_step(count: usize, fits: usize) -> usize {
    let fits = fits.max(1);
    let ok = |n: usize| count.div_ceil(n) <= fits;
    [1, 2, 3, 4, 6]
        .into_iter()
        .find(|&n| ok(n))
        .unwrap_or_else(|| (1..).map(|k| 12 * k).find(|&n| ok(n)).unwrap_or(count))
}

/// Axis titles of a vertical chart: x centred below, y turned along the left.
fn axis_titles(f: &Frame, opts: &ChartOptions) -> String {
    let mut out = String::new();
    if !opts.x_label.is_empty() {
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            num((f.left + f.right) / 2.0),
            num(f.height - 8.0),
            esc(opts.x_label)
        ));
    }
    if !opts.y_label.is_empty() {
        out.push_str(&format!(
            "<text transform=\"translate(14 {}) rotate(-90)\" text-anchor=\"middle\">{}</text>",
            num((f.top + f.bottom) / 2.0),
            esc(opts.y_label)
        ));
    }
    out
}

/// A round top for the value axis and its tick step: about four ticks, on
/// steps of 1, 2 or 5 times a power of ten. Counts are whole numbers, so the
/// step is at least 1.
pub fn nice_scale(max: usize) -> (usize, usize) {
    let mut base = 1;
    loop {
        for step in [base, base * 2, base * 5] {
            if max.div_ceil(step) <= 5 {
                let top = max.div_ceil(step).max(1) * step;
                return (top, step);
            }
        }
        base *= 10;
    }
}

/// `<desc>` for a series: its span, total and peak.
fn series_desc(data: &[(String, usize)], opts: &ChartOptions) -> String {
    if let Some(d) = opts.desc {
        return d.to_string();
    }
    let (first, last) = (&data[0], &data[data.len() - 1]);
    // The first peak, so ties name the earliest.
    let peak = data
        .iter()
        .fold(first, |best, d| if d.1 > best.1 { d } else { best });
    let total: usize = data.iter().map(|d| d.1).sum();
    format!(
        "{} values from {} ({}) to {} ({}); highest {} in {}; sum {}.",
        data.len(),
        first.0,
        first.1,
        last.0,
        last.1,
        peak.1,
        peak.0,
        total
    )
}

/// `<desc>` for categories: every name with its value.
fn list_desc(data: &[(String, usize)], opts: &ChartOptions) -> String {
    if let Some(d) = opts.desc {
        return d.to_string();
    }
    let items: Vec<String> = data
        .iter()
        .map(|(l, v)| format!("{l}: {}", opts.n(*v)))
        .collect();
    format!("{}.", items.join(", "))
}

/// A label cut to `MAX_LABEL_CHARS` with an ellipsis.
fn short(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL_CHARS {
        return label.to_string();
    }
    let cut: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
    format!("{cut}…")
}

/// A coordinate with at most one decimal and no trailing `.0`, so output is
/// short and identical on every platform.
fn num(x: f64) -> String {
    let s = format!("{:.1}", x);
    let s = s.strip_suffix(".0").unwrap_or(&s);
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// Ids may only carry `[A-Za-z0-9_-]`; anything else becomes `-`.
fn id_safe(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        s
    } else {
        format!("chart-{s}")
    }
}

/// Escapes text and attribute values for XML and HTML alike, dropping the
/// characters XML forbids (an SVG with one is not an image).
pub fn esc(s: &str) -> String {
    crate::render::highlight::escape_attr(&crate::util::escape::xml_chars(s))
}

#[cfg(test)]
mod tests;
