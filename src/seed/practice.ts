/**
 * The demo practice's reference data: who it is, its categories, its clinician and coach, and the two
 * services it offers. Written for this project from the facts of the reference page.
 */
export const PRACTICE = {
  name: 'Invited',
  tagline: 'Psychotherapy and coaching under one roof.',
  about:
    'Invited is a team of licensed psychotherapists and certified coaches. We offer both services because they complement each other: therapy when there are symptoms to treat, coaching when there are none and you want to go further.',
  email: 'hello@invited.example',
}

export const CATEGORIES = [
  {
    title: 'Therapy',
    slug: 'therapy',
    description: 'Psychotherapy: what it treats and how it works.',
  },
  {
    title: 'Coaching',
    slug: 'coaching',
    description: 'Coaching for people who want to go further.',
  },
  {
    title: 'Wellbeing',
    slug: 'wellbeing',
    description: 'Habits, values and the mind-body connection.',
  },
]

type Ids = Record<string, number>

export function demoAuthors(credentials: Ids) {
  const licenseExpiry = new Date(new Date().getFullYear() + 2, 5, 30).toISOString()
  return [
    {
      slug: 'lauren-farina',
      name: 'Lauren Farina',
      roleTitle: 'Founder, Psychotherapist and Coach',
      bio: 'Lauren is a licensed clinical social worker who practises both psychotherapy and coaching, with an integrative approach that takes the mind-body connection seriously.',
      specialties: ['Anxiety', 'Burnout', 'Values alignment', 'Performance'],
      credentials: [
        { credential: credentials.MSW },
        {
          credential: credentials.LCSW,
          jurisdiction: 'NY',
          licenseNumber: 'demo-000000',
          expiresOn: licenseExpiry,
          verified: true,
        },
      ],
      portrait: ['#e6efe9', '#5b8a72'] as [string, string],
    },
    {
      slug: 'jordan-ellis',
      name: 'Jordan Ellis',
      roleTitle: 'Certified Coach',
      bio: 'Jordan coaches professionals who are doing well and want to do better: clearer goals, steadier habits, better energy.',
      specialties: ['Goal setting', 'Leadership', 'Habits'],
      credentials: [{ credential: credentials.MA }, { credential: credentials.PCC }],
      portrait: ['#f4efe6', '#3f6e8c'] as [string, string],
    },
  ]
}

export function demoServices(authors: Ids) {
  return [
    {
      slug: 'psychotherapy',
      title: 'Psychotherapy',
      summary:
        'Clinical treatment for the symptoms of a mental health condition, such as persistent anxiety or low mood.',
      kind: 'clinical' as const,
      requiresDiagnosis: true,
      whoItIsFor:
        'People with symptoms of a mental health condition that affect daily life: lasting anxiety, low mood, reduced functioning.',
      whoItIsNotFor:
        'People without such symptoms who want to optimise performance: coaching fits them better.',
      sessionFrequency: ['weekly' as const, 'biweekly' as const],
      formats: ['in_person' as const, 'telehealth' as const],
      fees: [
        { label: 'Individual session', amount: 225, currency: 'USD' as const, sessionMinutes: 50 },
      ],
      providers: [authors['lauren-farina']],
    },
    {
      slug: 'coaching',
      title: 'Coaching',
      summary:
        'Direct, action-oriented work for people who are already doing well and want to do better.',
      kind: 'non_clinical' as const,
      requiresDiagnosis: false,
      whoItIsFor:
        'High-functioning people who want clearer goals, better performance and a life closer to their values.',
      whoItIsNotFor:
        'Anyone who meets the criteria for a mental health condition: psychotherapy is the right service first.',
      sessionFrequency: ['weekly' as const, 'monthly' as const, 'quarterly' as const],
      formats: ['telehealth' as const, 'in_person' as const],
      fees: [
        { label: 'Coaching session', amount: 200, currency: 'USD' as const, sessionMinutes: 50 },
      ],
      providers: [authors['lauren-farina'], authors['jordan-ellis']],
    },
  ]
}

/** A short, approved discussion under the reference article, with a reply from its author. */
export const DEMO_DISCUSSION = [
  {
    key: 'question',
    authorName: 'Maya R.',
    body: 'This helped. I have been wondering whether coaching is enough for me, or whether the low mood I keep having means I should see a therapist first.',
  },
  {
    key: 'answer',
    replyTo: 'question',
    staff: true,
    authorName: 'Lauren Farina',
    body: 'Thank you for asking, Maya. A low mood that keeps coming back is worth an assessment: book a first session and we will look at it together, then decide what fits.',
  },
  {
    key: 'thanks',
    authorName: 'Chris',
    body: 'Clear and kind. I liked the part about both services tracking progress over time.',
  },
]
