/**
 * The crisis corpus, part 2: 150 comments written separately from part 1 and from the rule, by an
 * author who saw neither. The rule met them only after it had been tuned on part 1; its first-sight
 * figures then were recall 0.80, false alarms 0.26 (crisisCorpus.test.ts keeps the history).
 * Misses found here were fixed afterwards, so part 2 is now part of what the rule is tuned on.
 *
 * crisis = a moderator should treat someone (the writer or another named person) as possibly
 * at risk of suicide or self-harm now or soon. Benign entries are deliberately hard: loose
 * uses of die/kill/cut/end/goodbye, grief, past recovery with present safety, medication
 * questions and prevention training.
 */
export type HeldOutEntry = { text: string; crisis: boolean; note: string }

export const CRISIS_HELD_OUT: HeldOutEntry[] = [
  // ---------------- crisis: English ----------------
  {
    text: "I've read every article on this blog about depression and honestly none of it helps. I just don't want to wake up anymore.",
    crisis: true,
    note: 'passive ideation',
  },
  {
    text: "Everyone keeps telling me it gets better but I'm so tired of existing. I wish I could just disappear for good.",
    crisis: true,
    note: 'passive ideation',
  },
  { text: 'wish i was never born tbh, everyone would be better off', crisis: true, note: 'burden' },
  {
    text: 'nobody would notice if I was gone. not my family, not my so called friends.',
    crisis: true,
    note: 'burden',
  },
  {
    text: 'Honestly I think about dying all the time now. Like every single day. Not sure how much longer I can keep going like this',
    crisis: true,
    note: 'passive ideation',
  },
  {
    text: "whats the point of living when nothing ever changes 😞 i'm done trying",
    crisis: true,
    note: 'hopelessness',
  },
  {
    text: "If I got hit by a car tomorrow I honestly wouldn't mind. Kind of hoping for it at this point.",
    crisis: true,
    note: 'passive ideation',
  },
  {
    text: 'I just want everything to stop permanently. not a break, not a holiday. permanently.',
    crisis: true,
    note: 'indirect',
  },
  {
    text: "I've been researching how much of my meds it would take. I think I have enough saved up now.",
    crisis: true,
    note: 'plan/means',
  },
  {
    text: "bought a rope today. i know exactly what i'm doing with it",
    crisis: true,
    note: 'plan/means',
  },
  {
    text: "I'm ready to check out for good. Already wrote the letters, they're in my desk drawer.",
    crisis: true,
    note: 'goodbye',
  },
  {
    text: 'planning my exit for this weekend, just need to find someone to take the cat first',
    crisis: true,
    note: 'plan/means',
  },
  {
    text: 'Been stockpiling my sleeping pills for a month. Tonight feels like the night.',
    crisis: true,
    note: 'plan/means',
  },
  {
    text: 'is 6 floors high enough to not survive? asking for real, not for a story',
    crisis: true,
    note: 'method question',
  },
  { text: 'how many tylenol does it take to not wake up', crisis: true, note: 'method question' },
  {
    text: 'i keep driving past the bridge on my way home and thinking about how easy it would be to just go over the side',
    crisis: true,
    note: 'active ideation',
  },
  {
    text: "I've decided. I'm going to kill myself after my sister's wedding so I don't ruin her day.",
    crisis: true,
    note: 'plan/means',
  },
  {
    text: 'Thinking seriously about ending my life. I have a plan and a date.',
    crisis: true,
    note: 'plan/means',
  },
  { text: 'im gonna end it tonight. sorry to whoever reads this', crisis: true, note: 'imminent' },
  { text: 'i want to kms so bad rn', crisis: true, note: 'slang' },
  {
    text: 'lowkey want to unalive myself and nothing in this post changes that',
    crisis: true,
    note: 'slang',
  },
  {
    text: "kys is literally what my brain tells me all day and i'm starting to listen",
    crisis: true,
    note: 'slang',
  },
  {
    text: "i'm so close to sewerslide fr, there's nothing left for me",
    crisis: true,
    note: 'slang',
  },
  { text: 'ctb soon. got everything i need', crisis: true, note: 'slang' },
  {
    text: 'i wanna die. not in a funny way. i actually mean it this time',
    crisis: true,
    note: 'active ideation',
  },
  {
    text: 'This is my last comment here. Thank you Dr. M for the articles, they helped for a while. Goodbye everyone.',
    crisis: true,
    note: 'goodbye',
  },
  { text: 'tell my mom i loved her. i cant do this anymore', crisis: true, note: 'goodbye' },
  {
    text: "By the time anyone reads this I'll be gone. Please don't blame yourselves.",
    crisis: true,
    note: 'goodbye',
  },
  {
    text: "I've given my dog to my neighbour and sold my guitar. I won't be needing any of it where I'm going.",
    crisis: true,
    note: 'giving away',
  },
  {
    text: "this is goodbye. I've updated my will and left instructions for my cats. I'm at peace with it.",
    crisis: true,
    note: 'goodbye',
  },
  {
    text: 'relapsed last night. cut again after 8 months clean and i want to do it again tonight',
    crisis: true,
    note: 'self-harm',
  },
  {
    text: "i've been burning myself with a lighter when it gets bad, nobody knows",
    crisis: true,
    note: 'self-harm',
  },
  {
    text: "I scratch my arms until they bleed when I'm anxious. It's getting worse and I can't stop.",
    crisis: true,
    note: 'self-harm',
  },
  {
    text: 'I punch walls until my knuckles split bc I deserve the pain',
    crisis: true,
    note: 'self-harm',
  },
  { text: "been sh'ing again. deeper this time 😔", crisis: true, note: 'self-harm' },
  {
    text: 'how do i hide the cuts on my thighs from my parents over summer',
    crisis: true,
    note: 'self-harm',
  },
  {
    text: "I hit myself in the head when I make mistakes. Yesterday I didn't stop until I saw stars.",
    crisis: true,
    note: 'self-harm',
  },
  {
    text: "starving myself as punishment, haven't eaten in 4 days and i want it to hurt more",
    crisis: true,
    note: 'self-harm',
  },
  {
    text: 'the only thing that makes the noise in my head go quiet is the blade. is that bad',
    crisis: true,
    note: 'self-harm',
  },
  {
    text: "the rubber band trick isn't working for me anymore and i'm going back to the razor tonight",
    crisis: true,
    note: 'self-harm',
  },
  { text: 'cut again 🩸 cant stop', crisis: true, note: 'self-harm' },
  {
    text: "My 15yo son told me tonight he doesn't want to be alive anymore. He's in his room now. What do I do??",
    crisis: true,
    note: 'third person',
  },
  {
    text: "My girlfriend texted me 'I'm sorry for everything, take care of yourself' and now she's not answering her phone. I'm scared.",
    crisis: true,
    note: 'third person',
  },
  {
    text: "My best friend has been giving away her stuff and said she 'won't be around much longer'. Am I overreacting?",
    crisis: true,
    note: 'third person',
  },
  {
    text: "found cuts on my daughter's arms last night. she's 13. she says it was the cat but it wasn't",
    crisis: true,
    note: 'third person',
  },
  {
    text: "my husband keeps saying we'd be better off with the life insurance money. he bought a gun last week",
    crisis: true,
    note: 'third person',
  },
  {
    text: "my roommate posted a goodbye on insta and locked herself in the bathroom, she won't answer me",
    crisis: true,
    note: 'third person',
  },
  {
    text: "my brother keeps joking about killing himself but it's more and more often and i don't think it's a joke anymore",
    crisis: true,
    note: 'third person',
  },
  {
    text: 'My dad says he has nothing left to live for since mum died, and tonight I found his pills all lined up on the counter.',
    crisis: true,
    note: 'third person',
  },
  {
    text: 'A student in my class wrote in her journal that she wants to die and described how she would do it. Who do I call?',
    crisis: true,
    note: 'third person',
  },
  {
    text: "my mum isn't ill, she's just been so low since the divorce, and now she's looking up how to buy pentobarbital online",
    crisis: true,
    note: 'third person',
  },
  {
    text: "I'm not going to be a problem for anyone much longer. I've made sure of that.",
    crisis: true,
    note: 'indirect',
  },
  {
    text: "Soon it'll all be over and everyone can finally stop worrying about me.",
    crisis: true,
    note: 'indirect',
  },
  {
    text: 'just want to go to sleep and never wake up. thinking about helping that along',
    crisis: true,
    note: 'active ideation',
  },
  {
    text: "I've been standing on my balcony at night a lot, looking down. Tonight I climbed over the railing for a minute.",
    crisis: true,
    note: 'plan/means',
  },
  {
    text: 'Sat in the garage with the car running for a bit last night. Chickened out. Not sure I will next time.',
    crisis: true,
    note: 'attempt',
  },
  {
    text: "I tried to overdose last month and honestly I'm disappointed it didn't work. next time I'll take more",
    crisis: true,
    note: 'attempt',
  },
  {
    text: "Any advice? Counselling isn't working and I'm thinking of just ending things. Like actually ending.",
    crisis: true,
    note: 'active ideation',
  },
  {
    text: "I genuinely don't see myself still being here by Christmas.",
    crisis: true,
    note: 'indirect',
  },
  {
    text: 'ive been writing my note for days. cant get the words right for my kids',
    crisis: true,
    note: 'goodbye',
  },
  {
    text: 'i caaaant do this anymoreeee i just want to dieeee 😭😭 for real this time',
    crisis: true,
    note: 'stretched letters',
  },
  {
    text: 'evry1 wuld b better off w/o me. im so tired. gonna take all my pills tn',
    crisis: true,
    note: 'abbreviations',
  },
  { text: 'no point anymore 🪦 writing my goodbyes now', crisis: true, note: 'goodbye' },
  {
    text: 'i dont want to be here anymore. not this city, not this job. i mean alive',
    crisis: true,
    note: 'active ideation',
  },
  // ---------------- crisis: Spanish / Spanglish ----------------
  {
    text: 'Ya no quiero vivir. Nadie me entiende y estoy cansada de todo.',
    crisis: true,
    note: 'spanish',
  },
  { text: 'estoy pensando en quitarme la vida, ya no aguanto más', crisis: true, note: 'spanish' },
  { text: 'me quiero morir de verdad, no es broma 😢', crisis: true, note: 'spanish' },
  {
    text: 'He estado juntando pastillas. Creo que este fin de semana es el momento.',
    crisis: true,
    note: 'spanish plan',
  },
  {
    text: 'mi hijo de 16 años me dijo que quiere matarse. no sé qué hacer, por favor ayúdenme',
    crisis: true,
    note: 'spanish third person',
  },
  {
    text: 'me corto los brazos cuando me siento así y anoche fue peor que nunca',
    crisis: true,
    note: 'spanish self-harm',
  },
  {
    text: 'Adiós a todos. Gracias por los artículos. Mañana ya no voy a estar aquí.',
    crisis: true,
    note: 'spanish goodbye',
  },
  { text: 'todos estarían mejor sin mí, ya lo tengo decidido', crisis: true, note: 'spanish' },
  {
    text: 'ya regalé mis cosas y escribí cartas para mi familia. estoy en paz',
    crisis: true,
    note: 'spanish giving away',
  },
  {
    text: 'quiero desaparecer para siempre, dormirme y no despertar nunca más',
    crisis: true,
    note: 'spanish',
  },
  {
    text: 'mi novio me mandó un mensaje diciendo que se va a tirar del puente y no contesta el cel',
    crisis: true,
    note: 'spanish third person',
  },
  {
    text: 'me quemo con cigarrillos para sentir algo, nadie en mi casa lo sabe',
    crisis: true,
    note: 'spanish self-harm',
  },
  {
    text: "honestly ya no puedo más, i'm thinking of ending it all esta noche",
    crisis: true,
    note: 'spanglish',
  },
  {
    text: 'my abuela doesnt know pero me he estado cortando otra vez y cada vez más profundo',
    crisis: true,
    note: 'spanglish self-harm',
  },
  {
    text: 'q sentido tiene seguir viviendo?? ya me cansé de todo, creo q me voy a matar',
    crisis: true,
    note: 'spanish',
  },
  {
    text: 'mi mejor amiga dice que quiere suicidarse y que ya tiene con qué hacerlo',
    crisis: true,
    note: 'spanish third person',
  },

  // ---------------- benign: English ----------------
  {
    text: "I'm so done with this semester lol, if I see one more essay prompt I'm gonna die",
    crisis: false,
    note: 'loose use',
  },
  {
    text: "This article killed me 😂 the bit about the therapist's cat is so real",
    crisis: false,
    note: 'loose use',
  },
  {
    text: 'jump rope workout every morning has done more for my anxiety than anything else honestly',
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'burning the midnight oil on my thesis again, anyone have tips for sleep hygiene?',
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'I could just die of embarrassment, I cried in my first session and then apologised like 10 times',
    crisis: false,
    note: 'loose use',
  },
  {
    text: "My boss is going to kill me if I'm late again, but I really need this Tuesday appointment slot",
    crisis: false,
    note: 'loose use',
  },
  { text: 'ugh kill me now, group therapy starts at 8am 🙃', crisis: false, note: 'loose use' },
  {
    text: 'cutting back on caffeine helped my panic attacks a lot',
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'I cut my hair super short after the breakup and honestly it felt like a fresh start',
    crisis: false,
    note: 'everyday',
  },
  {
    text: "We're ending our sessions next month because I've met my goals! Bittersweet goodbye to my therapist.",
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'Said goodbye to my old job today. Terrified but excited for the new chapter.',
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'the bridge analogy in this post was so helpful, building a bridge between who you are and who you want to be',
    crisis: false,
    note: 'everyday',
  },
  {
    text: "I'm learning to tie climbing knots with a rope as a mindfulness practice, sounds weird but it works",
    crisis: false,
    note: 'everyday',
  },
  {
    text: "dying to know if you'll write a follow up on attachment styles!!",
    crisis: false,
    note: 'loose use',
  },
  { text: "lmaooo i'm deaddd this is literally me every monday", crisis: false, note: 'slang' },
  {
    text: 'my plants nearly died bc i forgot to water them during my depressive episode lol, but theyre coming back and so am i',
    crisis: false,
    note: 'recovery',
  },
  {
    text: 'I want to kill off the version of me that people-pleases. Boundaries, here I come.',
    crisis: false,
    note: 'metaphor',
  },
  {
    text: 'This semester is killing me slowly but at least I have my Thursday sessions',
    crisis: false,
    note: 'loose use',
  },
  {
    text: "How do I end things with a coach without feeling guilty? She's lovely but it's just not a fit.",
    crisis: false,
    note: 'treatment question',
  },
  {
    text: 'the ending of this post made me tear up in a good way',
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'I jumped into the freezing lake for the first time this morning (wild swimming club) and my mood was amazing all day',
    crisis: false,
    note: 'everyday',
  },
  { text: "this heat is killing me, can't sleep at all", crisis: false, note: 'loose use' },
  {
    text: 'My phone is dying so quick reply: thank you for this article!',
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'My dad died by suicide three years ago. This article put words to things I have never been able to say. Thank you.',
    crisis: false,
    note: 'grief',
  },
  {
    text: "Lost my mom to cancer in March. Some days the grief is so heavy, but I've joined a support group and it helps.",
    crisis: false,
    note: 'grief',
  },
  {
    text: "Our dog passed away last week and I didn't expect to grieve this hard. Is that normal?",
    crisis: false,
    note: 'grief',
  },
  {
    text: "It's been a year since my best friend took his own life. I still talk to him sometimes. Sharing for anyone else who lost someone this way.",
    crisis: false,
    note: 'grief',
  },
  {
    text: "the anniversary of my brother's death is coming up and we're spending it together as a family, cooking his favourite food",
    crisis: false,
    note: 'grief',
  },
  {
    text: 'Grief is so weird. I laughed at the funeral and then sobbed in the supermarket a week later.',
    crisis: false,
    note: 'grief',
  },
  {
    text: "Five years ago I tried to end my life. Today I'm a peer support worker and I'm genuinely glad I'm still here.",
    crisis: false,
    note: 'past recovery',
  },
  {
    text: 'I used to self-harm as a teen. 10 years clean now, the scars have faded and so has the urge. Keep going, everyone.',
    crisis: false,
    note: 'past recovery',
  },
  {
    text: 'i had suicidal thoughts back in college but therapy + meds helped a ton. havent had them in years',
    crisis: false,
    note: 'past recovery',
  },
  {
    text: 'Three years since my last cut 🎉 celebrating with cake tonight',
    crisis: false,
    note: 'past recovery',
  },
  {
    text: "I used to believe everyone would be better off without me. I don't believe that anymore, and it took a lot of work to get here.",
    crisis: false,
    note: 'past recovery',
  },
  {
    text: "Does anyone know if it's safe to take ibuprofen with sertraline? My GP is off until Monday.",
    crisis: false,
    note: 'treatment question',
  },
  {
    text: 'I missed two doses of my antidepressant, should I double up tomorrow or just carry on as normal?',
    crisis: false,
    note: 'treatment question',
  },
  {
    text: "my psychiatrist upped my dose to 100mg and I'm sooo sleepy, does that wear off?",
    crisis: false,
    note: 'treatment question',
  },
  {
    text: 'What happens if you stop lexapro cold turkey? Asking because I want to plan a proper taper with my doctor.',
    crisis: false,
    note: 'treatment question',
  },
  {
    text: 'how many pills is too many for one pill organiser lol, I take 6 different ones now and keep mixing them up',
    crisis: false,
    note: 'treatment question',
  },
  {
    text: 'Is it normal for an SSRI to make you feel worse for the first couple of weeks? My doc said to hang in there.',
    crisis: false,
    note: 'treatment question',
  },
  {
    text: 'I just finished ASIST suicide prevention training at work. Would love an article on how to ask someone directly if they are thinking of killing themselves.',
    crisis: false,
    note: 'prevention training',
  },
  {
    text: "As a school counsellor, I'd recommend adding the 988 number at the bottom of every post about self-harm.",
    crisis: false,
    note: 'professional',
  },
  {
    text: "We're running a QPR workshop next month for parents on spotting warning signs of suicide in teens. Can we share this article?",
    crisis: false,
    note: 'prevention training',
  },
  {
    text: "Great piece on safe messaging. Saying 'died by suicide' instead of 'committed suicide' really matters.",
    crisis: false,
    note: 'prevention training',
  },
  {
    text: "Question for the author: what's the difference between non-suicidal self-harm and suicidal intent? I'm a nursing student.",
    crisis: false,
    note: 'professional',
  },
  {
    text: "I'm writing a media studies paper on how TV shows portray teen suicide, would you be open to a short interview?",
    crisis: false,
    note: 'media',
  },
  {
    text: 'my book club is reading The Bell Jar next, any content warnings I should give people?',
    crisis: false,
    note: 'media',
  },
  {
    text: "Rough week. Cried in the car twice. But I'm booked in with my therapist Thursday and I'm holding on to that.",
    crisis: false,
    note: 'venting safe',
  },
  {
    text: "I feel like I'm dying inside at this desk job lol. Starting career coaching next week though!",
    crisis: false,
    note: 'loose use',
  },
  {
    text: "I'm exhausted from caring for my mom. Not suicidal or anything, just burnt out and need ideas for respite care.",
    crisis: false,
    note: 'venting safe',
  },
  {
    text: 'Sometimes I wish I could disappear to a cabin in the woods for a month with no wifi 😂',
    crisis: false,
    note: 'loose use',
  },
  {
    text: 'Checking out of the retreat today, feeling lighter than I have in years. Thank you to the whole team!',
    crisis: false,
    note: 'everyday',
  },
  {
    text: "i'm so done with dating apps. deleting them all tonight and focusing on me",
    crisis: false,
    note: 'loose use',
  },
  {
    text: 'I gave away half my clothes this weekend, Marie Kondo style decluttering is weirdly therapeutic',
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'writing a goodbye letter to my eating disorder was the most powerful exercise my therapist ever gave me',
    crisis: false,
    note: 'recovery',
  },
  {
    text: "My 7yo yells 'I'm gonna DIE' every time he has to do spelling homework 🙄 normal dramatics right?",
    crisis: false,
    note: 'loose use',
  },
  {
    text: "Love the journaling tips. I've started doing 5 minutes every night before bed.",
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'Could you write something about coaching for adults with ADHD?',
    crisis: false,
    note: 'everyday',
  },
  {
    text: 'my cat is a tiny serial killer, three mice on the doormat this week 😅 anyway loved the post',
    crisis: false,
    note: 'loose use',
  },
  {
    text: 'Walking across the bridge to work every morning has become my daily mindfulness practice.',
    crisis: false,
    note: 'everyday',
  },
  // ---------------- benign: Spanish / Spanglish ----------------
  {
    text: 'Me muero de risa con el ejemplo del gato 😂 muy buen artículo',
    crisis: false,
    note: 'spanish loose use',
  },
  {
    text: 'Este semestre me está matando, pero las sesiones de los jueves me ayudan mucho',
    crisis: false,
    note: 'spanish loose use',
  },
  {
    text: 'Mi papá falleció el año pasado y este artículo sobre el duelo me ayudó muchísimo. Gracias.',
    crisis: false,
    note: 'spanish grief',
  },
  {
    text: '¿Alguien sabe si puedo tomar ibuprofeno con la sertralina? Mi médico no contesta hasta el lunes',
    crisis: false,
    note: 'spanish treatment',
  },
  {
    text: 'Hace años tuve pensamientos suicidas, pero con terapia salí adelante. Hoy estoy bien y muy agradecida.',
    crisis: false,
    note: 'spanish past recovery',
  },
  {
    text: 'me muero de ganas de leer la segunda parte!!',
    crisis: false,
    note: 'spanish loose use',
  },
  {
    text: 'Hoy me corté el pelo cortito y me siento otra persona jaja',
    crisis: false,
    note: 'spanish everyday',
  },
  {
    text: 'Trabajo como psicóloga escolar y voy a compartir este artículo en nuestro taller de prevención del suicidio.',
    crisis: false,
    note: 'spanish training',
  },
  {
    text: 'ya me cansé de este calor jajaja no aguanto más',
    crisis: false,
    note: 'spanish loose use',
  },
  {
    text: 'estoy so done con los exámenes lol, necesito vacaciones ya',
    crisis: false,
    note: 'spanglish loose use',
  },
]
