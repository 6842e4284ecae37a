//! The embeddable member badge (placeholder until the recognition work lands).

pub fn member_badge(label: &str, value: &str, color: &str) -> String {
    let e = crate::highlight::escape_attr;
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"20\" role=\"img\" aria-label=\"{}: {}\"><title>{}: {}</title><rect width=\"200\" height=\"20\" fill=\"{}\"/></svg>\n", e(label), e(value), e(label), e(value), e(color))
}
