//! The seeded random choices the generator makes (one generator per site, so
//! a seed always gives the same community).

/// A seeded source of the choices the community is made of.
pub struct Rng(fastrand::Rng);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(fastrand::Rng::with_seed(seed))
    }

    /// A number in `lo..=hi`.
    pub fn int(&mut self, lo: usize, hi: usize) -> usize {
        self.0.usize(lo..=hi)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.0.f64() < p
    }

    pub fn f64(&mut self) -> f64 {
        self.0.f64()
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.0.usize(..xs.len())]
    }

    /// `k` distinct items of `xs` (fewer when `xs` is shorter), in the order drawn.
    pub fn sample<T: Clone>(&mut self, xs: &[T], k: usize) -> Vec<T> {
        let mut idx: Vec<usize> = (0..xs.len()).collect();
        let k = k.min(xs.len());
        for i in 0..k {
            let j = self.0.usize(i..idx.len());
            idx.swap(i, j);
        }
        idx[..k].iter().map(|&i| xs[i].clone()).collect()
    }

    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        self.0.shuffle(xs);
    }
}

/// Weighted choice over indices: built once from the weights, drawn many times.
pub struct Weighted {
    cumulative: Vec<f64>,
}

impl Weighted {
    pub fn new(weights: impl IntoIterator<Item = f64>) -> Self {
        let mut total = 0.0;
        let cumulative = weights
            .into_iter()
            .map(|w| {
                total += w;
                total
            })
            .collect();
        Weighted { cumulative }
    }

    /// An index, each with probability proportional to its weight.
    pub fn draw(&self, rng: &mut Rng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let x = rng.f64() * total;
        self.cumulative
            .partition_point(|&c| c <= x)
            .min(self.cumulative.len().saturating_sub(1))
    }
}
