/**
 * Demo articles, written for this project from the facts of the reference page (a practice offering
 * both psychotherapy and coaching, and how the two differ). Each paragraph is one Lexical paragraph.
 */
export type DemoArticle = {
  title: string
  excerpt: string
  publishedAt: string
  categories: string[]
  services: string[]
  paragraphs: string[]
}

export const THERAPY_VS_COACHING: DemoArticle = {
  title: "Therapy vs. Coaching: What's the Difference?",
  excerpt:
    'Psychotherapy treats the symptoms of a mental health condition; coaching helps people who are already doing well do better. How we decide which one fits.',
  publishedAt: '2026-03-30T09:00:00.000Z',
  categories: ['therapy', 'coaching'],
  services: ['psychotherapy', 'coaching'],
  paragraphs: [
    'Our practice brings licensed psychotherapists and certified coaches under one roof, and people often ask us which of the two they should book. We offer both on purpose. Many of the people who contact us want to feel better and perform better, yet nothing they describe amounts to a mental health condition. Giving someone a diagnosis they do not meet would be wrong, so we draw the line carefully: when there are signs of mental illness, such as lasting anxiety, a persistently low mood or trouble getting through ordinary days, we suggest psychotherapy. When those signs are absent, we suggest coaching.',
    'The two share a great deal. Many of the same skills and techniques show up in both rooms. What differs is the starting point, the aim and the pace, and those differences matter when you choose.',
    'Psychotherapy is clinical care. It exists to treat the symptoms of a mental health condition, which is why it begins with an assessment, a diagnosis and a judgement that treatment is medically necessary. Together with your therapist you build resilience and ways of coping with overwhelm and distress. You look at the habits and patterns that keep symptoms going and at the impairment they cause, and often the goal is to reduce those symptoms or to resolve them. Therapy also looks back: it asks which early experiences and stresses shaped those patterns, and with regular sessions it works to change them. Warmth, compassion and validation are part of the method, because change needs trust and a sense of safety. At its best, therapy gives you a real choice between an old, reflexive way of reacting and a life that matches your values.',
    'Coaching starts from the assumption that your mental health is sound. It is usually more direct, more focused on action and more interested in the future than in the past. No diagnosis is needed, and anyone who meets the criteria for a mental health condition should be offered therapy rather than coaching. Sessions can be weekly, monthly or even quarterly, depending on what you are working towards. Where therapy aims to restore functioning that has been lost, coaching aims to help someone who already functions well reach further.',
    'For all these differences, the two services have a lot in common in the way we practise them. Both name the problem, set goals and track progress over time. Both treat self-awareness and living by your values as the main levers of growth. And both follow the same integrative approach, one that takes the connection between mind and body seriously. Whichever you choose, the aim is the same: to free up your energy, move past what holds you back and reach what you are capable of. If you are unsure which fits, ask us; a short conversation is usually enough to tell.',
  ],
}

export const FIRST_SESSION: DemoArticle = {
  title: 'What to Expect in Your First Therapy Session',
  excerpt: 'A first session is mostly a conversation: what brings you in, what you hope will change, and whether we are a good fit.',
  publishedAt: '2026-04-14T09:00:00.000Z',
  categories: ['therapy'],
  services: ['psychotherapy'],
  paragraphs: [
    'Booking a first appointment can feel like the hardest step. It helps to know that the first session is mostly a conversation. Your therapist will ask what brings you in, how long things have been this way and what you would like to be different.',
    'Because psychotherapy is clinical care, the first sessions also include an assessment. That is how we decide whether therapy is the right service, and it is what allows insurance to cover it where it applies.',
    'You are assessing us too. Notice whether you feel heard and whether the way your therapist works makes sense to you. A good fit matters more than almost anything else for how therapy goes.',
  ],
}

export const GOALS_YOU_CAN_KEEP: DemoArticle = {
  title: 'Setting Goals You Can Keep: A Coaching Approach',
  excerpt: 'Goals that last are specific, tied to what you value and reviewed often. Here is how coaching builds them.',
  publishedAt: '2026-05-05T09:00:00.000Z',
  categories: ['coaching', 'wellbeing'],
  services: ['coaching'],
  paragraphs: [
    'Most goals fail quietly: they are too vague to act on, or they belong to someone else. In coaching we start by asking what you value, then turn that into something you can do this week.',
    'A goal you can keep is specific, small enough to start today and reviewed often. Progress is tracked together, so that you notice what works and drop what does not.',
    'Coaching suits people who are already doing well and want to do better. If something heavier is in the way, such as persistent anxiety or low mood, we will talk about whether therapy would serve you better first.',
  ],
}

export const DEMO_ARTICLES = [THERAPY_VS_COACHING, FIRST_SESSION, GOALS_YOU_CAN_KEEP]
