/**
 * The crisis corpus, part 3: 180 comments written after the rule was tuned on parts 1 and 2, by an
 * author who saw neither them nor the rule, to measure it on unseen text: first-sight recall 0.61,
 * false alarms 0.09 (crisisCorpus.test.ts keeps the history). Misses found here were fixed
 * afterwards. Straight apostrophes only: the test adds a curly-apostrophe twin of each entry.
 */
export type FreshEntry = { text: string; crisis: boolean; note: string }
export const CRISIS_FRESH_SET: FreshEntry[] = [
  {
    text: "I read the whole article and honestly I dont think therapy or coaching matters for me anymore. I'm planning to kill myself this weekend.",
    crisis: true,
    note: 'embedded plan',
  },
  { text: 'i want to die. thats it thats the comment', crisis: true, note: 'direct ideation' },
  {
    text: "Every night I lie there hoping I just don't wake up in the morning",
    crisis: true,
    note: 'passive wish',
  },
  {
    text: 'wish i could go to sleep and never wake up again tbh',
    crisis: true,
    note: 'passive wish',
  },
  {
    text: "I've been stockpiling my sertraline for a month. I think I finally have enough.",
    crisis: true,
    note: 'means',
  },
  {
    text: 'Been looking up how many of my pills it would take. Not for a school project lol',
    crisis: true,
    note: 'means',
  },
  {
    text: 'Drove to the bridge on Route 9 last night and sat on the railing for an hour. Came home. Going back tonight I think.',
    crisis: true,
    note: 'rehearsal',
  },
  {
    text: "Tied the knot and stood on the chair yesterday. Couldn't do it. Next time I will.",
    crisis: true,
    note: 'aborted attempt',
  },
  {
    text: "If anyone from this practice reads comments: I wrote letters to my kids and my sister. They're in the desk drawer. Thank you for the articles, they helped for a while.",
    crisis: true,
    note: 'goodbye',
  },
  {
    text: 'Gave my dog to my neighbor today and updated my will. Feels weirdly calm. Thanks for everything this blog gave me',
    crisis: true,
    note: 'affairs in order',
  },
  {
    text: 'cut again last night, deeper this time. my thighs are a mess and i cant stop',
    crisis: true,
    note: 'self-harm',
  },
  {
    text: 'been sh clean 4 months but the urge is SO bad tonight, razor is right here',
    crisis: true,
    note: 'self-harm urge',
  },
  {
    text: 'Started burning my arm with a lighter when the anxiety gets too much. Is that something a coach would even deal with?',
    crisis: true,
    note: 'self-harm',
  },
  {
    text: 'i keep scratching my wrists till they bleed, its the only thing that makes the noise stop',
    crisis: true,
    note: 'self-harm',
  },
  {
    text: 'I punch walls until my knuckles split and honestly I want it to hurt more every time',
    crisis: true,
    note: 'self-harm',
  },
  { text: 'thinking abt unaliving myself fr', crisis: true, note: 'algospeak' },
  { text: 'kms. no im not joking this time', crisis: true, note: 'slang' },
  { text: 'ctb soon. bye', crisis: true, note: 'slang' },
  { text: 'gonna go sewerslide tonight 🙃', crisis: true, note: 'algospeak' },
  {
    text: "i'm about to unalive myself and nobody on here will even notice",
    crisis: true,
    note: 'algospeak',
  },
  {
    text: "My 15 year old son told me he's been thinking about ending his life. He's in his room now. What do I do??",
    crisis: true,
    note: 'parent report',
  },
  {
    text: "My daughter has fresh cuts on her forearms and told me 'it doesn't matter, I won't be around much longer.' We have an appointment next month but I'm scared it's too late.",
    crisis: true,
    note: 'parent report',
  },
  {
    text: "My husband has been giving away his tools and said 'you'll be better off without me.' He won't talk to anyone. How do I get him help tonight?",
    crisis: true,
    note: 'partner report',
  },
  {
    text: "My best friend texted me 'goodbye, love you' and now her phone is off. Should I call 911??",
    crisis: true,
    note: 'friend report',
  },
  {
    text: "I'm a high school teacher. One of my students wrote in his journal assignment that he has a plan to shoot himself after finals. What's the protocol?",
    crisis: true,
    note: 'teacher report',
  },
  {
    text: "Coach here. One of my swimmers told me she's been starving and cutting and that she 'wants to disappear for good.' Parents don't know. Advice?",
    crisis: true,
    note: 'coach report',
  },
  {
    text: 'my roommate keeps saying shes gonna jump off our balcony and tonight she was actually leaning over it. idk what to do',
    crisis: true,
    note: 'roommate report',
  },
  { text: 'Quiero morirme. Ya no puedo más con esto.', crisis: true, note: 'spanish direct' },
  {
    text: 'ya no le encuentro sentido a nada, estoy pensando en quitarme la vida',
    crisis: true,
    note: 'spanish ideation',
  },
  {
    text: 'Tengo guardadas las pastillas de mi mamá y creo que esta noche me las tomo todas',
    crisis: true,
    note: 'spanish means',
  },
  { text: 'me corté otra vez los brazos, no puedo parar', crisis: true, note: 'spanish self-harm' },
  {
    text: 'Mi hijo de 14 años dijo que se quiere matar. Está encerrado en su cuarto. ¿Qué hago?',
    crisis: true,
    note: 'spanish parent',
  },
  { text: 'Ojalá me durmiera y no despertara nunca más', crisis: true, note: 'spanish passive' },
  {
    text: 'Ya escribí mis cartas de despedida. Gracias por todo, de verdad.',
    crisis: true,
    note: 'spanish goodbye',
  },
  { text: 'honestly bro i just wanna die rn, nada tiene sentido', crisis: true, note: 'spanglish' },
  {
    text: 'Mi novio me mandó un mensaje diciendo que se va a tirar del puente, no contesta el phone',
    crisis: true,
    note: 'spanglish partner',
  },
  { text: "no quiero seguir viviendo, I'm so tired of fighting", crisis: true, note: 'spanglish' },
  {
    text: 'Mi hermana lleva días diciendo que todos estaríamos mejor sin ella y hoy regaló sus cosas. Tengo miedo.',
    crisis: true,
    note: 'spanish sibling',
  },
  {
    text: 'estoy planeando matarme el viernes, ya tengo todo listo',
    crisis: true,
    note: 'spanish plan',
  },
  {
    text: 'Soy maestra y una alumna me dijo que se quiere suicidar. Me pidió que no le diga a nadie.',
    crisis: true,
    note: 'spanish teacher',
  },
  {
    text: 'mi amiga me dijo q se iba a cortar las venas esta noche y ya no me contesta los msjs',
    crisis: true,
    note: 'spanish friend',
  },
  {
    text: 'Estoy en el techo del edificio ahora mismo. Solo quería escribirle a alguien antes.',
    crisis: true,
    note: 'spanish imminent',
  },
  { text: 'ya no aguanto, tengo la soga lista', crisis: true, note: 'spanish means' },
  {
    text: 'lol my therapist asked if i have a plan and i said no but i do. i have the rope in my trunk',
    crisis: true,
    note: 'concealed plan',
  },
  {
    text: 'I AM DONE LIVING. NOBODY WILL MISS ME. TONIGHT IS THE NIGHT',
    crisis: true,
    note: 'all caps',
  },
  {
    text: 'imsooo tiredddd of being alive 😭😭 want it all to stoppp forever',
    crisis: true,
    note: 'stretched letters',
  },
  {
    text: "There's no point. I've decided. I just wanted someone to know before I go.",
    crisis: true,
    note: 'hopeless intent',
  },
  {
    text: "Great article on grief. Since my wife died I've just been waiting to join her, and lately I've started thinking about speeding that up. I still have my late father's revolver in the closet.",
    crisis: true,
    note: 'embedded grief',
  },
  {
    text: "Burnout post hit home. I work 80 hour weeks, haven't slept properly in days, and on my commute I keep thinking about just turning the wheel into oncoming traffic. Today I almost did.",
    crisis: true,
    note: 'embedded burnout',
  },
  {
    text: 're: ADHD in adults - i was diagnosed at 30 and it explains everything but honestly its too late. ive failed at everything and im researching painless ways to end it',
    crisis: true,
    note: 'embedded ADHD',
  },
  {
    text: "Loved the piece on couples therapy. We tried it. She left anyway. I've been sitting in the garage with the car running the last two nights, just to see. I think tonight I won't turn it off.",
    crisis: true,
    note: 'embedded couples',
  },
  {
    text: "Therapy vs coaching, neither one will fix me. I'd be better off at the bottom of the lake. Already wrote the note",
    crisis: true,
    note: 'embedded note',
  },
  {
    text: 'everyone would be better off if i wasnt here. ive thought about it a lot and i think its time',
    crisis: true,
    note: 'hopeless intent',
  },
  { text: 'does anyone know if 30 tylenol is enough. asking for me', crisis: true, note: 'means' },
  {
    text: 'took a bunch of pills about an hour ago and now im scared, i dont know what i took exactly',
    crisis: true,
    note: 'attempt in progress',
  },
  { text: 'i have the blade in my hand rn', crisis: true, note: 'self-harm imminent' },
  {
    text: "my legs are covered in cuts and I'm running out of places to hide them",
    crisis: true,
    note: 'self-harm',
  },
  {
    text: "I bang my head against the wall until I see stars. It's the only way I feel in control",
    crisis: true,
    note: 'self-harm',
  },
  {
    text: 'Does anyone else pick their skin until it bleeds on purpose to punish themselves? I did it again tonight and I want to do worse.',
    crisis: true,
    note: 'self-harm',
  },
  {
    text: 'I relapsed on SH after 2 years. Used my pencil sharpener blade. Fresh ones on my hips.',
    crisis: true,
    note: 'self-harm relapse',
  },
  {
    text: 'SI is bad today. i keep staring at the bottle of oxy on my nightstand',
    crisis: true,
    note: 'abbreviation',
  },
  { text: 'cut again 🔪🩸 nobody notices lol', crisis: true, note: 'emoji self-harm' },
  {
    text: 'i dont see myself being alive by christmas and im weirdly ok with that. already picked the date',
    crisis: true,
    note: 'timing',
  },
  {
    text: 'wrote my goodbye post on insta, scheduled it for 3am. just wanted to say thanks to whoever runs this blog',
    crisis: true,
    note: 'goodbye',
  },
  {
    text: "I've been looking at the train schedule. The express doesn't stop at my station. That feels like a sign.",
    crisis: true,
    note: 'veiled method',
  },
  {
    text: "Final post. Deleted my accounts, paid off my sister's loan, cancelled my lease. Everything's tidy now.",
    crisis: true,
    note: 'affairs in order',
  },
  {
    text: "My girlfriend keeps telling me she 'won't be a problem much longer' and I found searches for how to hang yourself on her laptop. We're 19. Where do I even start?",
    crisis: true,
    note: 'partner report',
  },
  {
    text: "Our son (22) came home from college and hasn't left his room. Yesterday he asked me who would get his car 'if something happened.' Today I found a bag of pills hidden in his closet.",
    crisis: true,
    note: 'parent report',
  },
  {
    text: "I'm a youth pastor and one of the kids in our group just posted 'see you all on the other side' with a photo of a bridge. Her parents aren't answering.",
    crisis: true,
    note: 'pastor report',
  },
  {
    text: "My coworker said at lunch that she's 'going to end it this weekend' and laughed, but she's been off for weeks. Should I tell HR or call someone?",
    crisis: true,
    note: 'coworker report',
  },
  {
    text: 'im 13 and i want to die but my mom says its just hormones',
    crisis: true,
    note: 'teen ideation',
  },
  {
    text: 'i keep thinking abt jumping in front of the bus on my way to school',
    crisis: true,
    note: 'method ideation',
  },
  {
    text: "Is it normal to think about dying every single day? I don't want to be here. I've started planning how.",
    crisis: true,
    note: 'planning',
  },
  {
    text: 'not gonna be around for the next post. this is it for me. take care everyone ❤️',
    crisis: true,
    note: 'veiled goodbye',
  },
  {
    text: 'the voices keep telling me to hurt myself and tonight im listening',
    crisis: true,
    note: 'command voices',
  },
  {
    text: 'i dont want to kill myself exactly, i just want to stop existing. like permanently. soon.',
    crisis: true,
    note: 'passive wish',
  },
  {
    text: 'ive been holding my head underwater in the bath to see how long before i pass out. kind of hoping one day i dont come back up',
    crisis: true,
    note: 'rehearsal',
  },
  { text: 'I hate my body so much I want to carve it up tonight', crisis: true, note: 'self-harm' },
  {
    text: 'i deserve to bleed. going to the bathroom now with my razor',
    crisis: true,
    note: 'self-harm imminent',
  },
  {
    text: "My 11 year old told her teacher she wants to 'go to heaven to be with grandpa' and tried to choke herself with her scarf at recess. I'm shaking",
    crisis: true,
    note: 'parent report',
  },
  {
    text: 'i just want the pain to stop for good. i have enough insulin to make that happen',
    crisis: true,
    note: 'means',
  },
  {
    text: "Question for the therapist who wrote this: what happens if you tell your therapist you're going to kill yourself? Because I am and I don't want to be locked up",
    crisis: true,
    note: 'disguised question',
  },
  {
    text: "Parenting teens article is great, but my own situation: I found my daughter's TikTok drafts, a whole series of goodbye videos to her friends. Dated for this Friday.",
    crisis: true,
    note: 'embedded parent',
  },
  {
    text: 'lowkey been thinking of taking the whole bottle of my adderall and just being done',
    crisis: true,
    note: 'means',
  },
  {
    text: "Keep my kids in your prayers, they're losing their dad tonight. Sorry.",
    crisis: true,
    note: 'veiled goodbye',
  },
  {
    text: "I've hurt myself 3 times this week w scissors. my coach noticed the marks and I lied. want to do it again",
    crisis: true,
    note: 'self-harm',
  },
  { text: 'sewer slide hours 🫠 fr this time', crisis: true, note: 'algospeak' },
  {
    text: "i am a burden. i've got the rope. i've got the time. i just need the nerve.",
    crisis: true,
    note: 'means',
  },
  {
    text: "been starving myself and purging so i'll just fade away. thats the goal honestly",
    crisis: true,
    note: 'veiled intent',
  },
  {
    text: "My brother (veteran) called me drunk saying goodbye and that he's 'cleaning his gun one last time.' I'm 3 hours away.",
    crisis: true,
    note: 'sibling report',
  },
  {
    text: "As a licensed clinical social worker, I'd add that asking someone directly 'are you thinking about suicide?' does not plant the idea. Research consistently shows it can reduce distress.",
    crisis: false,
    note: 'clinician',
  },
  {
    text: "I lost my brother to suicide in 2014. Ten years later I'm doing okay, I have a good therapist and a lot of support, and articles like this one help me feel less alone in the grief.",
    crisis: false,
    note: 'loss survivor',
  },
  {
    text: "I self-harmed through most of high school. I'm 34 now, haven't in over a decade, and I'm safe. If you're in it now, it can get better.",
    crisis: false,
    note: 'long recovery',
  },
  {
    text: 'How do you help a friend who you think might be struggling, in general? Not an emergency, I just want to know the warning signs.',
    crisis: false,
    note: 'general question',
  },
  {
    text: "Small note on language: 'died by suicide' is preferred over 'committed suicide' because 'committed' implies a crime. Thanks for updating the article.",
    crisis: false,
    note: 'safe messaging',
  },
  {
    text: "Just finished 'Reasons to Stay Alive' by Matt Haig. Would recommend it to anyone who liked this post on depression.",
    crisis: false,
    note: 'book',
  },
  {
    text: "Is 13 Reasons Why okay for a 16 year old to watch? I've heard mixed things about how it portrays suicide.",
    crisis: false,
    note: 'show',
  },
  {
    text: "The podcast 'Terrible, Thanks for Asking' covers grief after suicide really gently. Worth a listen.",
    crisis: false,
    note: 'podcast',
  },
  {
    text: "I'm a psychology grad student writing my thesis on non-suicidal self-injury among college athletes. Does your practice have any recommended literature?",
    crisis: false,
    note: 'researcher',
  },
  {
    text: "Journalist here, working on a piece about youth mental health. I'm following the reporting guidelines on suicide coverage. Would any of your therapists be open to an interview?",
    crisis: false,
    note: 'journalist',
  },
  {
    text: 'We run QPR gatekeeper training for our teachers every fall. Highly recommend it for any school.',
    crisis: false,
    note: 'trainer',
  },
  {
    text: "This burnout article is killing me, it's like you wrote it about my job 😂",
    crisis: false,
    note: 'idiom',
  },
  {
    text: 'My boss is going to kill me if I miss another deadline lol',
    crisis: false,
    note: 'idiom',
  },
  {
    text: 'I could die laughing at the part about the kids refusing to do homework',
    crisis: false,
    note: 'idiom',
  },
  {
    text: 'Dead tired after parent-teacher conferences. Good read though.',
    crisis: false,
    note: 'idiom',
  },
  {
    text: 'Our team got absolutely killed in the playoffs, I need a coach for my mental game haha',
    crisis: false,
    note: 'sports',
  },
  {
    text: 'Cut the onions small, then let them sweat for 10 min. (sorry, wrong tab, I had a recipe and this article open at the same time)',
    crisis: false,
    note: 'cooking',
  },
  {
    text: 'Ending my subscription to three streaming services was the best thing I did for my ADHD focus.',
    crisis: false,
    note: 'everyday end',
  },
  {
    text: 'Goodbye, 9-to-5! Just started my own coaching business after reading posts like this one.',
    crisis: false,
    note: 'everyday goodbye',
  },
  {
    text: 'We went bungee jumping off a bridge in New Zealand for our anniversary - best couples therapy ever lol',
    crisis: false,
    note: 'jump bridge',
  },
  {
    text: 'Rope climbing in gym class was my personal nightmare as an anxious kid 😅',
    crisis: false,
    note: 'rope',
  },
  {
    text: "Does anyone know if it's safe to take melatonin with Lexapro? My psychiatrist is on vacation.",
    crisis: false,
    note: 'medication',
  },
  {
    text: "My doctor upped my Zoloft to 100mg and I'm having vivid dreams. Is that a normal side effect?",
    crisis: false,
    note: 'medication',
  },
  {
    text: 'My phone died halfway through reading this, had to come back. Worth it.',
    crisis: false,
    note: 'dead phone',
  },
  {
    text: 'My character died like 40 times in Elden Ring last night and I still felt calmer than at work',
    crisis: false,
    note: 'gaming',
  },
  {
    text: 'I killed it at my presentation thanks to the breathing tips in the anxiety post!',
    crisis: false,
    note: 'idiom',
  },
  { text: 'The heat wave is killing my garden and my mood', crisis: false, note: 'weather' },
  {
    text: 'I just want to disappear to a cabin in the woods for a week with no email. Burnout is real.',
    crisis: false,
    note: 'vacation',
  },
  {
    text: 'My cat could sleep forever on that windowsill. Honestly jealous.',
    crisis: false,
    note: 'sleep forever',
  },
  {
    text: 'Accidentally overdosed on coffee before my therapy session, talked a mile a minute 😂',
    crisis: false,
    note: 'overdose joke',
  },
  {
    text: "Our old dog passed last month and my 8-year-old keeps asking where he's gone. Any tips on talking to kids about death?",
    crisis: false,
    note: 'pet grief',
  },
  {
    text: 'Mi abuela falleció en marzo y todavía me cuesta hablar de ella. Gracias por este artículo sobre el duelo.',
    crisis: false,
    note: 'spanish grief',
  },
  {
    text: 'Soy psicóloga clínica en Monterrey. Siempre pregunto de forma directa sobre ideación suicida en la primera sesión; no aumenta el riesgo.',
    crisis: false,
    note: 'spanish clinician',
  },
  {
    text: '¿Tienen terapeutas que atiendan en español? Mi mamá quiere empezar terapia por ansiedad.',
    crisis: false,
    note: 'spanish question',
  },
  {
    text: 'Me muero de risa con lo de los adolescentes y el celular, así es mi casa 😂',
    crisis: false,
    note: 'spanish idiom',
  },
  {
    text: 'Estoy muerta de cansancio después de esta semana, pero este blog me ayuda a desconectar.',
    crisis: false,
    note: 'spanish idiom',
  },
  {
    text: 'Qué buen artículo. Lo voy a compartir con mi grupo de padres de la escuela.',
    crisis: false,
    note: 'spanish praise',
  },
  {
    text: 'Hace diez años me autolesionaba. Hoy estoy bien, voy a terapia y tengo una familia que me apoya. Si estás pasando por eso, pide ayuda.',
    crisis: false,
    note: 'spanish recovery',
  },
  {
    text: '¿Es normal sentir mucho sueño con la sertralina las primeras semanas?',
    crisis: false,
    note: 'spanish medication',
  },
  {
    text: 'Mi equipo se mató entrenando hoy para la final, el coach nos exprimió.',
    crisis: false,
    note: 'spanish sports',
  },
  {
    text: 'Trabajo como orientadora escolar y damos talleres de prevención del suicidio cada semestre. ¿Tienen material en español?',
    crisis: false,
    note: 'spanish trainer',
  },
  {
    text: 'El tráfico en el puente me mata todos los días, por eso empecé terapia para el estrés jaja',
    crisis: false,
    note: 'spanish idiom',
  },
  {
    text: 'Corté con mi novio después de tres años y la sección de parejas me ayudó mucho a entender por qué.',
    crisis: false,
    note: 'spanish breakup',
  },
  {
    text: 'Se me murió el celular a mitad del artículo, luego lo termino.',
    crisis: false,
    note: 'spanish phone',
  },
  {
    text: 'Mi hijo tiene TDAH y el artículo me hizo llorar de lo identificada que me sentí. Gracias.',
    crisis: false,
    note: 'spanish ADHD',
  },
  {
    text: 'Voy a desaparecer de redes sociales un mes para cuidar mi salud mental. ¡Nos vemos en febrero!',
    crisis: false,
    note: 'spanish break',
  },
  {
    text: "lol my grandma's lasagna is to die for, that's my self-care",
    crisis: false,
    note: 'food idiom',
  },
  {
    text: "I'm a hospice nurse. People assume I'm surrounded by death and sad all the time but honestly the work is deeply meaningful.",
    crisis: false,
    note: 'clinician',
  },
  {
    text: "When my mom died by suicide I was 12. I'm 40 now, in a good place, and I volunteer with a survivors of suicide loss group.",
    crisis: false,
    note: 'loss survivor',
  },
  {
    text: 'Can someone explain the difference between passive suicidal ideation and active? My textbook is confusing.',
    crisis: false,
    note: 'student',
  },
  {
    text: 'If a client discloses self-harm, is a coach required to refer out to a licensed therapist? Asking as an ICF-certified coach setting up my intake policy.',
    crisis: false,
    note: 'coach policy',
  },
  {
    text: "The section on safety planning was great. I'm a peer support specialist and I walk people through the Stanley-Brown plan all the time.",
    crisis: false,
    note: 'peer specialist',
  },
  {
    text: "Years ago I was hospitalized after an attempt. I've been stable for eight years, I'm a dad now, and I'm grateful every day I'm still here.",
    crisis: false,
    note: 'long recovery',
  },
  {
    text: 'How would I know if my teenager is self-harming? No signs so far, I just want to be prepared.',
    crisis: false,
    note: 'general parent',
  },
  {
    text: "We read 'It's Kind of a Funny Story' in my book club and had a great discussion about teen depression.",
    crisis: false,
    note: 'book',
  },
  {
    text: "Dear Evan Hansen made me cry in the theater, the way it handles a classmate's suicide is complicated.",
    crisis: false,
    note: 'show',
  },
  {
    text: 'I cut my hair super short after the breakup and honestly it was therapeutic lol',
    crisis: false,
    note: 'haircut',
  },
  {
    text: 'Cut my caffeine in half and my anxiety went way down. Highly recommend.',
    crisis: false,
    note: 'cut caffeine',
  },
  {
    text: "I'm so done with this week. Friday can't come fast enough.",
    crisis: false,
    note: 'everyday done',
  },
  {
    text: 'Killing time in the waiting room before my first session, found this blog. Nervous but hopeful!',
    crisis: false,
    note: 'idiom',
  },
  {
    text: "My teen says 'I'm literally dying' about everything from homework to a bad haircut. Is that normal teen drama?",
    crisis: false,
    note: 'parent hyperbole',
  },
  {
    text: "Overdose deaths in our county doubled over five years. I'm a public health researcher and we see a lot of overlap with untreated depression.",
    crisis: false,
    note: 'researcher',
  },
  {
    text: "The part about 'burning the candle at both ends' hit hard. I finally took a week off.",
    crisis: false,
    note: 'burnout idiom',
  },
  {
    text: "My husband jokes he's going to jump ship and become a life coach. Honestly he'd be good at it.",
    crisis: false,
    note: 'jump idiom',
  },
  {
    text: 'Our therapist had us write goodbye letters to our old relationship patterns. Powerful exercise, we still reread them.',
    crisis: false,
    note: 'goodbye letters',
  },
  {
    text: 'I put my affairs in order with a financial planner this year and it massively reduced my anxiety about money.',
    crisis: false,
    note: 'financial planning',
  },
  {
    text: 'Wrote our wills after our second kid was born. Adulting! Any posts on parental anxiety?',
    crisis: false,
    note: 'will',
  },
  {
    text: 'Giving away half my clothes this weekend - Marie Kondo style decluttering is my new coping skill.',
    crisis: false,
    note: 'decluttering',
  },
  {
    text: "The bridge scene in 'It's a Wonderful Life' is part of why I became a crisis counselor.",
    crisis: false,
    note: 'film',
  },
  {
    text: "I volunteer on a crisis text line. The hardest part isn't the conversations, it's the quiet in between.",
    crisis: false,
    note: 'volunteer',
  },
  {
    text: 'Nurse here: if you have extra pills at home, pharmacy take-back days are a good way to dispose of them safely.',
    crisis: false,
    note: 'safe disposal',
  },
  {
    text: 'Is it safe to take ibuprofen with my ADHD meds? These headaches are killing me.',
    crisis: false,
    note: 'medication',
  },
  {
    text: 'Forgot my Wellbutrin two days in a row, feeling kinda off. Should I double up today or just restart?',
    crisis: false,
    note: 'medication',
  },
  {
    text: "Our church lost a teenager to suicide last year and we've since started a support group for parents. The grief is still heavy but the community is healing.",
    crisis: false,
    note: 'community loss',
  },
  {
    text: 'As a school counselor I use the Columbia Protocol for screening. Does your practice use it too?',
    crisis: false,
    note: 'school counselor',
  },
  {
    text: 'That season finale killed me. No spoilers but I sobbed.',
    crisis: false,
    note: 'TV idiom',
  },
  {
    text: 'Gonna collapse on the couch and be dead to the world till morning. Long shift.',
    crisis: false,
    note: 'idiom',
  },
  {
    text: "My 5 year old screamed 'I hate you, I wish you were dead!' during a tantrum. Is that normal at this age?",
    crisis: false,
    note: 'child tantrum',
  },
  {
    text: 'The hanging plants in your office waiting room are gorgeous, where are they from?',
    crisis: false,
    note: 'hanging plants',
  },
  {
    text: "Anyone else cry at the end of every therapy session? Not in a bad way, it's just release.",
    crisis: false,
    note: 'therapy tears',
  },
  {
    text: "I survived a suicide attempt at 19. Now at 31 I'm a counselor myself. Recovery is real.",
    crisis: false,
    note: 'long recovery',
  },
  {
    text: 'A content warning at the top of posts that discuss suicide would be helpful, just a suggestion for the editors.',
    crisis: false,
    note: 'safe messaging',
  },
  {
    text: 'Thank you for including the 988 number at the bottom of the article.',
    crisis: false,
    note: 'resources praise',
  },
  {
    text: "What's the best way to check on a coworker without being intrusive? Nothing serious, she just seems stressed lately.",
    crisis: false,
    note: 'general question',
  },
  {
    text: "I'm writing a novel where a side character self-harms. Any resources on portraying it responsibly?",
    crisis: false,
    note: 'writer',
  },
  {
    text: 'Ugh my sourdough starter died again. Maybe I need a baking coach 😂',
    crisis: false,
    note: 'baking',
  },
  {
    text: "Grief is love with nowhere to go. My dad's been gone 5 years and I still talk to him in the car.",
    crisis: false,
    note: 'grief',
  },
  {
    text: 'This article on anxiety basically saved my life this month, thank you 🙏',
    crisis: false,
    note: 'praise idiom',
  },
  {
    text: "My daughter says 'kms' as a joke when she loses at Mario Kart. She's otherwise happy and doing great. How do I explain why that phrase isn't funny?",
    crisis: false,
    note: 'parent slang',
  },
  {
    text: "Really appreciated the therapy vs. coaching breakdown. I'd been seeing a coach for career stuff, but when my panic attacks got worse she referred me to a therapist, which was the right call. I'm doing much better now and still see both.",
    crisis: false,
    note: 'long on-topic',
  },
]
