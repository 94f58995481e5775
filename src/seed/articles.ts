/**
 * Demo articles, written for this project from the facts of the reference page (a practice offering
 * both psychotherapy and coaching, and how the two differ). Bodies use what writers use: headings,
 * lists, a quote, emphasis and links; each has a cover image made on the spot (images.ts).
 */
import type { LexicalBlock } from './lexical'
import type { CoverArt } from './images'

export type DemoArticle = {
  title: string
  /** Slug of the demo author who wrote it; default lauren-farina. */
  author?: string
  excerpt: string
  publishedAt: string
  categories: string[]
  services: string[]
  cover: CoverArt
  body: LexicalBlock[]
}

export const THERAPY_VS_COACHING: DemoArticle = {
  title: "Therapy vs. Coaching: What's the Difference?",
  excerpt:
    'Psychotherapy treats the symptoms of a mental health condition; coaching helps people who are already doing well do better. How we decide which one fits.',
  publishedAt: '2026-03-30T09:00:00.000Z',
  categories: ['therapy', 'coaching'],
  services: ['psychotherapy', 'coaching'],
  cover: {
    alt: 'Two overlapping circles in green and gold on a soft blue background',
    colors: ['#dfe9f3', '#5b8a72', '#e0b04f'],
  },
  body: [
    'Our practice brings licensed psychotherapists and certified coaches under one roof, and people often ask us which of the two they should book. We offer both on purpose. Many of the people who contact us want to feel better and perform better, yet nothing they describe amounts to a mental health condition, and giving someone a diagnosis they do not meet would be wrong.',
    [
      'So we draw the line carefully. When there are signs of mental illness, such as lasting anxiety, a persistently low mood or trouble getting through ordinary days, we suggest ',
      { text: 'psychotherapy', bold: true },
      '. When those signs are absent, we suggest ',
      { text: 'coaching', bold: true },
      '. The two share many skills and techniques; what differs is the starting point, the aim and the pace.',
    ],
    { heading: 'h2', text: 'Psychotherapy is clinical care' },
    'Psychotherapy exists to treat the symptoms of a mental health condition. That is why it begins with an assessment, a diagnosis and a judgement that treatment is medically necessary. Together with your therapist you will:',
    {
      list: 'bullet',
      items: [
        'build resilience and ways of coping with overwhelm and distress;',
        'look at the habits and patterns that keep symptoms going, and at the impairment they cause;',
        'ask which early experiences shaped those patterns, and work with regular sessions to change them.',
      ],
    },
    'Often the goal is to reduce symptoms or to resolve them. Warmth, compassion and validation are part of the method, because change needs trust and a sense of safety.',
    {
      quote:
        'At its best, therapy gives you a real choice between an old, reflexive way of reacting and a life that matches your values.',
    },
    { heading: 'h2', text: 'Coaching assumes your mental health is sound' },
    'Coaching is usually more direct, more focused on action and more interested in the future than in the past. Where therapy restores functioning that has been lost, coaching helps someone who already functions well reach further.',
    {
      list: 'bullet',
      items: [
        'No diagnosis is needed, and anyone who meets the criteria for a mental health condition should be offered therapy instead.',
        'Sessions can be weekly, monthly or even quarterly, depending on what you are working towards.',
      ],
    },
    { heading: 'h2', text: 'What the two have in common' },
    'For all these differences, we practise both services in the same way. Each of them:',
    {
      list: 'number',
      items: [
        'names the problem, sets goals and tracks progress over time;',
        'treats self-awareness and living by your values as the main levers of growth;',
        'follows an integrative approach that takes the connection between mind and body seriously.',
      ],
    },
    [
      'Whichever you choose, the aim is the same: to free up your energy, move past what holds you back and reach what you are capable of. Read more about ',
      { text: 'psychotherapy', href: '/services/psychotherapy' },
      ' and ',
      { text: 'coaching', href: '/services/coaching' },
      ', or ask us: a short conversation is usually enough to tell which fits.',
    ],
  ],
}

export const FIRST_SESSION: DemoArticle = {
  title: 'What to Expect in Your First Therapy Session',
  excerpt:
    'A first session is mostly a conversation: what brings you in, what you hope will change, and whether we are a good fit.',
  publishedAt: '2026-04-14T09:00:00.000Z',
  categories: ['therapy'],
  services: ['psychotherapy'],
  cover: {
    alt: 'A soft gold circle rising over layered blue hills',
    colors: ['#f4efe6', '#3f6e8c', '#e0b04f'],
  },
  body: [
    'Booking a first appointment can feel like the hardest step. It helps to know that the first session is mostly a conversation.',
    { heading: 'h2', text: 'What we will talk about' },
    {
      list: 'bullet',
      items: [
        'what brings you in, and how long things have been this way;',
        'what you would like to be different;',
        'what has helped before, and what has not.',
      ],
    },
    'Because psychotherapy is clinical care, the first sessions also include an assessment. That is how we decide whether therapy is the right service, and it is what allows insurance to cover it where it applies.',
    { heading: 'h2', text: 'You are assessing us too' },
    'Notice whether you feel heard and whether the way your therapist works makes sense to you. A good fit matters more than almost anything else for how therapy goes.',
  ],
}

export const GOALS_YOU_CAN_KEEP: DemoArticle = {
  title: 'Setting Goals You Can Keep: A Coaching Approach',
  author: 'jordan-ellis',
  excerpt:
    'Goals that last are specific, tied to what you value and reviewed often. Here is how coaching builds them.',
  publishedAt: '2026-05-05T09:00:00.000Z',
  categories: ['coaching', 'wellbeing'],
  services: ['coaching'],
  cover: {
    alt: 'Three ascending green bars beside a small gold sun',
    colors: ['#eef4ec', '#5b8a72', '#e0b04f'],
  },
  body: [
    'Most goals fail quietly: they are too vague to act on, or they belong to someone else. In coaching we start by asking what you value, then turn that into something you can do this week.',
    { heading: 'h2', text: 'A goal you can keep is' },
    {
      list: 'number',
      items: [
        'specific enough to act on today;',
        'small enough to start without a new plan;',
        'reviewed often, together, so you notice what works and drop what does not.',
      ],
    },
    'Coaching suits people who are already doing well and want to do better. If something heavier is in the way, such as persistent anxiety or low mood, we will talk about whether therapy would serve you better first.',
  ],
}

export const DEMO_ARTICLES = [THERAPY_VS_COACHING, FIRST_SESSION, GOALS_YOU_CAN_KEEP]
