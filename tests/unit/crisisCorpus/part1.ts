/**
 * The crisis corpus, part 1: a labelled comment corpus for measuring the crisis-language rule on blog comments
 * (suicide and self-harm risk). Written by hand for this project: short public
 * comments as typed on phones, in English and US Spanish, including hard benign
 * cases that use the same words loosely or speak of past, resolved crises.
 * The crisis rule is measured on it: recall over `crisis: true` entries and
 * false-alarm rate over `crisis: false` entries. Texts use straight apostrophes;
 * the test derives a curly-apostrophe twin of each entry itself.
 */
export type CorpusKind =
  | 'direct'
  | 'passive'
  | 'plan'
  | 'goodbye'
  | 'giving_away'
  | 'self_harm'
  | 'slang'
  | 'third_person'
  | 'spanish'
  | 'benign_loose'
  | 'benign_grief'
  | 'benign_clinical'
  | 'benign_everyday'
  | 'benign_spanish'
export type CorpusEntry = { text: string; crisis: boolean; kind: CorpusKind }
export const CRISIS_CORPUS: CorpusEntry[] = [
  {
    text: "Thanks for writing this. Honestly I want to die and I don't know who else to tell.",
    crisis: true,
    kind: 'direct',
  },
  {
    text: "i want to kill myself. i've wanted to for weeks and reading this didn't help",
    crisis: true,
    kind: 'direct',
  },
  {
    text: 'Been having suicidal thoughts again since the divorce, worse than ever this month.',
    crisis: true,
    kind: 'direct',
  },
  {
    text: "I'm going to kill myself. I'm not saying it for attention, I just needed someone to know.",
    crisis: true,
    kind: 'direct',
  },
  { text: 'idk why im even commenting but i want to end my life', crisis: true, kind: 'direct' },
  {
    text: 'Suicide is the only way out I can see right now. Everything else has failed.',
    crisis: true,
    kind: 'direct',
  },
  {
    text: "There's no reason to keep living. My job is gone, my wife is gone, and I'm done.",
    crisis: true,
    kind: 'direct',
  },
  {
    text: 'I dont want to be alive anymore. Therapy was supposed to help and it hasnt',
    crisis: true,
    kind: 'direct',
  },
  {
    text: "Been thinking of ending it all lately. not sure why I'm typing this here",
    crisis: true,
    kind: 'direct',
  },
  { text: "I WANT TO DIE. that's it. that's the comment.", crisis: true, kind: 'direct' },
  { text: 'i just wanna diiiie honestly everything hurts', crisis: true, kind: 'direct' },
  {
    text: "Nice article but I'm past the point of coping skills. I think I'm going to end my life soon.",
    crisis: true,
    kind: 'direct',
  },
  { text: 'every night i lie awake thinking about killing myself', crisis: true, kind: 'direct' },
  {
    text: "My therapist doesn't know but I've been seriously thinking about suicide since Christmas.",
    crisis: true,
    kind: 'direct',
  },
  {
    text: 'im suicidal rn and my therapist is on vacation, what do i do',
    crisis: true,
    kind: 'direct',
  },
  {
    text: 'Does anyone else read these and think about how easy it would be to just kill yourself? because i do, constantly',
    crisis: true,
    kind: 'direct',
  },
  { text: 'im so done. i want to die. i want this to stop', crisis: true, kind: 'direct' },
  {
    text: "I've decided I'm going to take my own life. I'm calm about it which scares me a bit.",
    crisis: true,
    kind: 'direct',
  },
  {
    text: "I keep having thoughts of suicide and they're getting louder. The breathing exercises don't touch it.",
    crisis: true,
    kind: 'direct',
  },
  { text: 'i want to die i want to die i want to die', crisis: true, kind: 'direct' },
  {
    text: "Not sure if this is the right place but I'm thinking about committing suicide.",
    crisis: true,
    kind: 'direct',
  },
  {
    text: "I'm 52 and I've never felt this way before, but I'm seriously considering suicide.",
    crisis: true,
    kind: 'direct',
  },
  { text: "tbh i'm going to end it. ive had enough", crisis: true, kind: 'direct' },
  { text: 'I dnt want to live anymore', crisis: true, kind: 'direct' },
  { text: 'wanna kill myself so bad tonight 😞', crisis: true, kind: 'direct' },
  { text: "Coaching won't fix this. I want to be dead.", crisis: true, kind: 'direct' },
  {
    text: "Everyone keeps telling me it gets better. It doesn't. I'm ready to die.",
    crisis: true,
    kind: 'direct',
  },
  {
    text: 'I think about ending my own life more than I think about anything else',
    crisis: true,
    kind: 'direct',
  },
  {
    text: 'Im thinking about suicide again. third time this year 😔',
    crisis: true,
    kind: 'direct',
  },
  { text: 'seriously i want to kill myslef', crisis: true, kind: 'direct' },
  {
    text: "I attempted in 2019 and thought I was past it, but the thoughts are back this week and they're stronger than before.",
    crisis: true,
    kind: 'direct',
  },
  { text: 'ｉ ｗａｎｔ ｔｏ ｄｉｅ', crisis: true, kind: 'direct' },
  { text: 'I just want to go to sleep and never wake up.', crisis: true, kind: 'passive' },
  { text: 'soooo tired of living tbh', crisis: true, kind: 'passive' },
  {
    text: "What's the point in living when every day is the same grey nothing",
    crisis: true,
    kind: 'passive',
  },
  {
    text: "I wish I'd never been born. Reading about self-compassion just makes me feel worse.",
    crisis: true,
    kind: 'passive',
  },
  {
    text: 'Sometimes I wish I could just disappear forever and nobody would have to deal with me.',
    crisis: true,
    kind: 'passive',
  },
  {
    text: 'Everyone would be better off without me, my kids included. I really believe that now.',
    crisis: true,
    kind: 'passive',
  },
  {
    text: "I'm such a burden to my family. they'd be relieved if I was gone",
    crisis: true,
    kind: 'passive',
  },
  {
    text: 'Every time I drive to work I kind of hope a truck hits me.',
    crisis: true,
    kind: 'passive',
  },
  {
    text: "I wouldn't mind if I didn't wake up tomorrow. Is that normal?",
    crisis: true,
    kind: 'passive',
  },
  {
    text: "I can't go on like this. I really can't. Not another year of this life.",
    crisis: true,
    kind: 'passive',
  },
  {
    text: 'i cant do this anymore. not the job, not the pain, not life. any of it.',
    crisis: true,
    kind: 'passive',
  },
  { text: "I don't want to exist anymore.", crisis: true, kind: 'passive' },
  {
    text: "honestly if I got a terminal diagnosis tomorrow I'd feel relieved",
    crisis: true,
    kind: 'passive',
  },
  { text: 'im so tired. not sleepy tired. tired of being alive', crisis: true, kind: 'passive' },
  {
    text: "Thanks for the post but none of this matters when you're just waiting to die.",
    crisis: true,
    kind: 'passive',
  },
  { text: 'I keep praying God takes me in my sleep.', crisis: true, kind: 'passive' },
  {
    text: 'would it even matter if i was gone. no one would notice',
    crisis: true,
    kind: 'passive',
  },
  { text: "I hope I don't wake up tomorrow.", crisis: true, kind: 'passive' },
  { text: "I'm 19 and I already feel like I've lived too long.", crisis: true, kind: 'passive' },
  { text: 'everyone would be happier if i just wasnt here', crisis: true, kind: 'passive' },
  {
    text: "Life is not worth living like this. I'm just going through the motions until it's over.",
    crisis: true,
    kind: 'passive',
  },
  {
    text: 'I stand on the train platform and think about how easy it would be to step forward.',
    crisis: true,
    kind: 'passive',
  },
  {
    text: 'My husband would be better off with the life insurance money than with me.',
    crisis: true,
    kind: 'passive',
  },
  {
    text: "i'm a waste of oxygen and i'm tired of pretending i'm not",
    crisis: true,
    kind: 'passive',
  },
  { text: "Honestly I don't see the point of being alive anymore", crisis: true, kind: 'passive' },
  { text: 'I just want everything to stop. permanently.', crisis: true, kind: 'passive' },
  { text: 'dont see myself being around much longer tbh', crisis: true, kind: 'passive' },
  {
    text: 'wish i could just fall asleep and not wake up ever 😴💀',
    crisis: true,
    kind: 'passive',
  },
  { text: "nobody would miss me. i've thought about it a lot", crisis: true, kind: 'passive' },
  {
    text: "Some days I wish the cancer would come back so I'd finally have a reason to be done.",
    crisis: true,
    kind: 'passive',
  },
  {
    text: "I'm so tired of fighting to stay alive every single day.",
    crisis: true,
    kind: 'passive',
  },
  {
    text: "i can`t keep living like this, something has to give and i think it's me",
    crisis: true,
    kind: 'passive',
  },
  { text: 'I donʼt want to wake up tomorrow. or the day after.', crisis: true, kind: 'passive' },
  {
    text: "My dad died by suicide and lately I think I'll end up the same way, and part of me wants to.",
    crisis: true,
    kind: 'passive',
  },
  {
    text: "I've been saving up my pills for a month. I think I have enough now.",
    crisis: true,
    kind: 'plan',
  },
  { text: 'i looked up how many of my sleeping pills it would take', crisis: true, kind: 'plan' },
  {
    text: "Bought a rope yesterday. Not sure why I'm telling strangers on a blog.",
    crisis: true,
    kind: 'plan',
  },
  {
    text: "There's a bridge near my apartment and I've walked out to the middle three times this week.",
    crisis: true,
    kind: 'plan',
  },
  {
    text: "My dad's gun is in the hall closet and I keep thinking about using it on myself.",
    crisis: true,
    kind: 'plan',
  },
  { text: "I already wrote the note. It's in my desk drawer.", crisis: true, kind: 'plan' },
  {
    text: "Picked the date. It's the 14th. I just want someone to know I tried therapy first.",
    crisis: true,
    kind: 'plan',
  },
  {
    text: "after my birthday it'll be over. I just want to get through that for my mom.",
    crisis: true,
    kind: 'plan',
  },
  { text: "I know exactly how I'd do it and that's what scares me.", crisis: true, kind: 'plan' },
  { text: "tonight is the night. i'm not scared anymore", crisis: true, kind: 'plan' },
  {
    text: 'I have 60 of my antidepressants stockpiled. ironic, right?',
    crisis: true,
    kind: 'plan',
  },
  {
    text: "The roof of my building is always unlocked. I've been going up there at night to look down and decide.",
    crisis: true,
    kind: 'plan',
  },
  {
    text: "I've been researching which methods are painless. I think I've decided.",
    crisis: true,
    kind: 'plan',
  },
  {
    text: 'ive got the pills lined up on the counter rn. just reading random stuff online first',
    crisis: true,
    kind: 'plan',
  },
  {
    text: "I'm going to drive my car off the overpass on the way home Friday.",
    crisis: true,
    kind: 'plan',
  },
  { text: 'bought a gun this week. i dont hunt. i think you know why', crisis: true, kind: 'plan' },
  {
    text: "Once the kids are at their dad's this weekend I'm going to do it.",
    crisis: true,
    kind: 'plan',
  },
  {
    text: 'I keep measuring my balcony in my head. 9 floors should be enough.',
    crisis: true,
    kind: 'plan',
  },
  {
    text: "I have a plan and a date, I just haven't told anyone until now.",
    crisis: true,
    kind: 'plan',
  },
  { text: "Going to take all my mom's oxy when she's asleep tonight.", crisis: true, kind: 'plan' },
  {
    text: "I've been stockpiling my insulin. I know how much would do it.",
    crisis: true,
    kind: 'plan',
  },
  { text: 'Already tested if the belt holds my weight. It does.', crisis: true, kind: 'plan' },
  {
    text: 'I drove to the cliffs yesterday to see if I could go through with it. Going back next week.',
    crisis: true,
    kind: 'plan',
  },
  {
    text: "Wrote letters to everyone, they're scheduled to send on Sunday after I'm gone.",
    crisis: true,
    kind: 'plan',
  },
  {
    text: 'i know where to jump. ive been there twice this week just standing at the edge',
    crisis: true,
    kind: 'plan',
  },
  {
    text: "i filled my prescription early so i'd have double. Monday I'm taking all of it at once",
    crisis: true,
    kind: 'plan',
  },
  {
    text: "This is my last comment here. Thank you to the author for trying. I won't be around to read more.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "goodbye everyone, thank you for everything, I won't be around after tonight",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "By the time anyone reads this I'll be gone. Please don't blame my therapist.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "If my sister ever sees this, tell my mom I love her and I'm sorry.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "I've been reading this blog for 2 years. Just wanted to say thanks and goodbye. This is the end for me.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "Final post. I'm at peace with my decision. Take care of yourselves",
    crisis: true,
    kind: 'goodbye',
  },
  { text: 'bye guys. for real this time. sorry for everything', crisis: true, kind: 'goodbye' },
  {
    text: "I just wanted to say thank you to everyone who ever replied to me here. I won't be needing help after today.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "Please tell Dr. M I'm sorry I won't make Thursday's appointment. Or any after that. I'm done.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "This is goodbye. I'm not sad anymore, I'm just done with living.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "if you're reading this after the weekend, I'm already gone. love you mom",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "Last thing I'll ever write online. Thanks for the kind words over the years.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "I've said my goodbyes to everyone who matters, this is the last one. Be kind to each other.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: 'not gonna be around much longer so i just wanted to say this blog helped a little. bye',
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "Tell my kids I loved them more than anything. I'm sorry I couldn't stay.",
    crisis: true,
    kind: 'goodbye',
  },
  { text: 'SORRY TO EVERYONE I LET DOWN. goodbye forever', crisis: true, kind: 'goodbye' },
  {
    text: "I won't be here tomorrow so this is my goodbye. Thank you Jen for the sessions.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "Writing this so there's a record somewhere: I'm choosing to leave. Nobody could have stopped it.",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "goodbye world 👋 it was not fun, i'm checking out for good",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "this will be my final message to anyone. I'm sorry and thank you",
    crisis: true,
    kind: 'goodbye',
  },
  {
    text: "Gave my cat to my sister today, I won't need her anymore.",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: "I've been giving my things away all week. Feels lighter knowing I won't need any of it.",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: "Wrote a will at 24 and sorted out who gets what. Won't be long now.",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: "Dropped my dog at my ex's and told her he's hers for good. I won't be around to take care of him.",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: 'gave away my guitar, my books, my games. nothing left to do except the last thing',
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: "I've been selling everything and sending the money to my brother. He doesn't know why yet.",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: "Made a list of who gets my jewelry and left it on the kitchen table. I'm so tired.",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: 'Closed my accounts, cancelled my lease, gave my plants to the neighbor. Every loose end is tied up before I go.',
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: "If anyone local wants my art supplies they're free. I won't be using them anymore, ever.",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: "rehomed my bunny today bc i won't be here to take care of him. it's better this way",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: "Gave my best friend my grandma's ring and told her to keep it forever. she has no idea this is goodbye.",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: "Paid off my debts, signed my car over to my son, and cleaned the apartment. Everything's ready for after I'm gone.",
    crisis: true,
    kind: 'giving_away',
  },
  {
    text: 'giving all my clothes to goodwill tomorrow, i wont need them where im going',
    crisis: true,
    kind: 'giving_away',
  },
  { text: 'i relapsed on sh last night after 6 months clean', crisis: true, kind: 'self_harm' },
  {
    text: "I've been cutting again. My arms are a mess and it's summer.",
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'I burned myself with a lighter after reading the comments on my last post.',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: "Sometimes I scratch until I bleed, it's the only thing that makes the noise stop.",
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'I hit myself when I mess up. Hard. Yesterday I gave myself a black eye.',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'Been starving myself on purpose to punish myself for being so useless.',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'the urge to cut is SO strong tonight i dont know if i can fight it',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: "I hurt myself again last night. I promised my therapist I'd stop.",
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'sh urges are bad rn. hiding the blades from myself isnt working',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'How do I hide fresh cuts on my thighs from my parents? asking for me',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'I keep punching walls until my knuckles split. It feels like the only release.',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: "I carved a word into my leg last week. I'm scared of how calm I was.",
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'Is it bad that self harm is the only thing keeping me going lately?',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'i bang my head against the wall when it gets bad. did it a lot today',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: "Went deeper than I meant to last night. it probably needed stitches but I couldn't tell anyone.",
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: "Relapsed with the razor after 200 days. I'm so ashamed.",
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: "I've started biting my arm until it bruises whenever I feel overwhelmed.",
    crisis: true,
    kind: 'self_harm',
  },
  { text: 'I want to hurt myself so badly right now.', crisis: true, kind: 'self_harm' },
  { text: 'im gonna cut tonight, i already know it', crisis: true, kind: 'self_harm' },
  {
    text: 'my wrists are covered in scars and I added new ones this morning',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: "I skip meals and make myself throw up because I don't deserve food. It's been weeks.",
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'I took a few extra pills last night just to feel something, not to die. Is that self harm?',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: "I keep burning my arm with the curling iron and pretending it's an accident.",
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: "Ice cubes didn't work. Rubber band didn't work. I ended up cutting anyway 😔",
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'Does anyone else self harm after therapy sessions? I did again today.',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'i scratch my arms raw with my nails whenever i think about him',
    crisis: true,
    kind: 'self_harm',
  },
  {
    text: 'I was clean from self-harm for 3 years and I was proud of that, but last night I cut again.',
    crisis: true,
    kind: 'self_harm',
  },
  { text: 'im gonna kms fr', crisis: true, kind: 'slang' },
  { text: 'honestly i should just kys. like me. i mean me', crisis: true, kind: 'slang' },
  { text: 'been thinking about unaliving myself a lot lately', crisis: true, kind: 'slang' },
  { text: 'i want to unalive myself ngl', crisis: true, kind: 'slang' },
  { text: 'thinking about sewerslide again 🙃', crisis: true, kind: 'slang' },
  { text: "might ctb soon. nothing's changed", crisis: true, kind: 'slang' },
  { text: 'catching the bus this weekend. ive made up my mind', crisis: true, kind: 'slang' },
  { text: 'ready to game end myself tbh', crisis: true, kind: 'slang' },
  { text: 'i just want to be deleted. like from existence', crisis: true, kind: 'slang' },
  {
    text: 'gonna off myself if one more thing goes wrong and something always goes wrong',
    crisis: true,
    kind: 'slang',
  },
  { text: 'end me for real. not joking this time', crisis: true, kind: 'slang' },
  {
    text: 'i just wanna not be here anymore. like at all. not in a vacation way',
    crisis: true,
    kind: 'slang',
  },
  { text: 'kms kms kms. nothing ever works', crisis: true, kind: 'slang' },
  { text: 'lowkey planning to unalive this weekend', crisis: true, kind: 'slang' },
  { text: "i'm so close to s*icide rn", crisis: true, kind: 'slang' },
  { text: 'honestly thinking about s3wer slide more than i should', crisis: true, kind: 'slang' },
  {
    text: 'the only thing i want is to permanently log off. and i dont mean social media',
    crisis: true,
    kind: 'slang',
  },
  { text: 'su1c1dal again. cant shake it', crisis: true, kind: 'slang' },
  { text: 'idk i feel like im about to kms no joke', crisis: true, kind: 'slang' },
  { text: 'wanna yeet myself off a building fr fr', crisis: true, kind: 'slang' },
  {
    text: "My friend says she wants to kill herself and I don't know what to do.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "My son told me last night he wants to die. He's 14. How do I get him seen today?",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "My husband has been talking about ending it. He says it's a joke but I don't think it is.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: 'My sister is cutting herself again, I found blood on her sheets.',
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "My dad said we'd be better off without him and then gave me his watch.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "I'm worried my roommate will hurt himself, he hasn't left his room in days and said goodbye weirdly.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "my gf texted me she took a bunch of pills and now she's not answering",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: 'A student of mine wrote in her journal that she has a plan to kill herself. What do I do first?',
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "My mom keeps saying she wants to go be with my dad. He died in March. She's stopped eating.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: 'my best friend just posted a goodbye on insta and isnt answering her phone',
    crisis: true,
    kind: 'third_person',
  },
  {
    text: 'My 12 year old says she wishes she was dead. Is that normal or should I be scared?',
    crisis: true,
    kind: 'third_person',
  },
  {
    text: 'My brother has a gun and keeps talking about how nobody would care if he was gone.',
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "My wife has been giving away her things and says she won't need them. I'm terrified.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "my coworker told me today he's been thinking about suicide. I told him to call 988 but he laughed it off.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: 'My daughter is burning herself with matches, I saw the marks this morning.',
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "My boyfriend keeps saying he's going to kms and I don't know if he's serious.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "My grandpa said he's been saving his heart pills 'for when he's ready'.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: 'Our teenage son searched how to tie a noose on the family laptop. We found it an hour ago.',
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "A coaching client told me she might drive into a tree after our session. What's the protocol?",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: "My friend keeps saying she wants to unalive herself and laughs but she's been off for weeks.",
    crisis: true,
    kind: 'third_person',
  },
  {
    text: 'My father has been talking about ending his life since he lost the farm.',
    crisis: true,
    kind: 'third_person',
  },
  { text: 'quiero morirme, ya no aguanto más', crisis: true, kind: 'spanish' },
  { text: 'Me quiero matar. No sé qué más hacer.', crisis: true, kind: 'spanish' },
  { text: 'ya no quiero vivir, de verdad', crisis: true, kind: 'spanish' },
  {
    text: 'Gracias por el artículo pero siento que no vale la pena vivir.',
    crisis: true,
    kind: 'spanish',
  },
  { text: 'pienso en suicidarme todos los dias', crisis: true, kind: 'spanish' },
  { text: 'me corto cuando me siento así, anoche otra vez', crisis: true, kind: 'spanish' },
  { text: 'quisiera dormir y no despertar nunca más', crisis: true, kind: 'spanish' },
  { text: 'estoy cansada de vivir, cansada de todo', crisis: true, kind: 'spanish' },
  { text: 'Mi hija dice que se quiere morir y no sé cómo ayudarla', crisis: true, kind: 'spanish' },
  { text: 'adios a todos, gracias por todo. ya no voy a estar', crisis: true, kind: 'spanish' },
  { text: 'tengo las pastillas guardadas, ya decidí cuándo', crisis: true, kind: 'spanish' },
  {
    text: 'Todos estarían mejor sin mí, soy una carga para mi familia.',
    crisis: true,
    kind: 'spanish',
  },
  { text: 'me quiero morir bro, like for real no aguanto', crisis: true, kind: 'spanish' },
  {
    text: "I'm so tired, ya no puedo más con la vida, quiero desaparecer para siempre",
    crisis: true,
    kind: 'spanish',
  },
  { text: 'ya escribí la carta de despedida', crisis: true, kind: 'spanish' },
  {
    text: 'mi esposo dice que se va a quitar la vida, tiene una pistola en la casa',
    crisis: true,
    kind: 'spanish',
  },
  {
    text: 'Estoy pensando en quitarme la vida. No se lo he dicho a nadie.',
    crisis: true,
    kind: 'spanish',
  },
  { text: 'me lastimo a propósito para sentir algo', crisis: true, kind: 'spanish' },
  { text: 'ojala no hubiera nacido', crisis: true, kind: 'spanish' },
  { text: 'no le veo sentido a seguir viviendo', crisis: true, kind: 'spanish' },
  { text: 'mañana es el día, ya tengo todo listo. perdón mamá', crisis: true, kind: 'spanish' },
  { text: 'me quiero suicidar, mi terapeuta no me contesta', crisis: true, kind: 'spanish' },
  { text: 'mi hermano se está cortando los brazos otra vez', crisis: true, kind: 'spanish' },
  {
    text: 'le regalé mi perro a mi prima porque ya no voy a estar para cuidarlo',
    crisis: true,
    kind: 'spanish',
  },
  { text: 'QUIERO MORIR. nadie me entiende', crisis: true, kind: 'spanish' },
  { text: 'voy a tirarme del puente esta noche', crisis: true, kind: 'spanish' },
  { text: 'ya no quiero existir, estoy harta de todo', crisis: true, kind: 'spanish' },
  {
    text: 'mi amiga me dijo que se quiere matar y no contesta el teléfono',
    crisis: true,
    kind: 'spanish',
  },
  {
    text: 'This article killed it. Sharing with my whole team.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "I'm dying to know what the next part of the series covers!",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "Dying of laughter at the bit about the therapist's cat 😂",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'this commute is killing me, I listen to your podcast to survive it lol',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'I could kill for a coffee right now, thanks for the reminder to take breaks though',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'my feet are killing me after the 5k but the mindful walking tip was great',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'That chocolate cake recipe in the self-care post is to die for.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'Love the idea of journaling while walking, kill two birds with one stone.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'i literally died 😂 the comic at the end is too real',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'Shoot me a message if you want the worksheet, happy to share.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'Great piece on how to bridge the gap between therapy and coaching.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'Really cutting edge research in this one, thanks for linking the studies.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "I'm cutting back on caffeine after reading this, wish me luck",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'We cut down on screen time at dinner and the kids actually talk now.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'Goodbye to old habits! Day 10 of the morning routine.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'My therapist is retiring after 30 years. End of an era.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'im DONE with procrastinating. starting the 5 minute rule today',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'killing it at work since I started setting boundaries 💪',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'dead tired after this week but the sleep hygiene tips are saving me',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'Me, give up my morning coffee? Over my dead body 😂',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'the deadline is killing me but this post was a nice 5 minute break',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "I overdosed on sugar at my niece's birthday party, does that count as self-care lol",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'Been hanging out with friends more like you suggested and it really helps!',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'This post made me want to take my life in a new direction. career coaching here I come',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "I'm going to end it all with a nice dessert tonight, it's been a long week 🍰",
    crisis: false,
    kind: 'benign_loose',
  },
  { text: 'My phone is dying so quick comment: loved this.', crisis: false, kind: 'benign_loose' },
  {
    text: "I'm so dead lmao the part about texting your ex at 2am",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'My houseplants keep dying no matter what, is there coaching for that? 😂',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'that zoom meeting could have been an email, kill me now lol',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "My kid's science project is due tomorrow and it's going to be the death of me.",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'I shot a quick email to my coach right after reading this.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "I'm drowning in laundry but this article got me motivated.",
    crisis: false,
    kind: 'benign_loose',
  },
  { text: 'The last chapter absolutely slayed.', crisis: false, kind: 'benign_loose' },
  {
    text: 'I was ready to jump out of my seat when you mentioned the free workshop!',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'My cat knocked my coffee off the table and I nearly died of shock.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "My sister's gonna kill me for sharing this but she needs to read it 😂",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'Cutting ties with toxic coworkers was the best thing I did this year.',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'This is my last comment for the night, gotta sleep. Great discussion everyone!',
    crisis: false,
    kind: 'benign_loose',
  },
  { text: 'Goodbye, perfectionism! Thanks for the article.', crisis: false, kind: 'benign_loose' },
  {
    text: 'I gave away half my closet after the decluttering article and it felt amazing.',
    crisis: false,
    kind: 'benign_loose',
  },
  { text: 'killer article, bookmarking', crisis: false, kind: 'benign_loose' },
  {
    text: "The hangover after my friend's wedding nearly finished me off 🙃",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'My knees are shot from running but my mood is better than ever',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "I'm so over winter, I want to hibernate until April.",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'The plot twist in that book you recommended killed me',
    crisis: false,
    kind: 'benign_loose',
  },
  { text: "ngl i'd sell my soul for a 4 day work week", crisis: false, kind: 'benign_loose' },
  {
    text: "I'm literally dead on my feet today but the gratitude exercise still helped",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'RIP my savings after booking all these sessions lol, worth it though',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'I was ready to throw my laptop out the window until I tried the pomodoro thing',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: "We're giving away a few copies of the workbook at the library event Saturday if anyone local wants one.",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'kill the lights, put the phone away, sleep. simple advice but it works',
    crisis: false,
    kind: 'benign_loose',
  },
  { text: 'I´m dying to try the breathing app you mentioned', crisis: false, kind: 'benign_loose' },
  { text: 'I would die for a 2 hour lunch break, ngl', crisis: false, kind: 'benign_loose' },
  {
    text: 'This is the end of my streak of bad sleep, 7 nights in a row of 8 hours!',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'cant wait to hang my new vision board over the desk',
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'the gym absolutely destroyed me today 💀 but my anxiety is way lower',
    crisis: false,
    kind: 'benign_loose',
  },
  { text: 'soooo done with this heat wave 🥵', crisis: false, kind: 'benign_loose' },
  { text: 'The new cover art is sick, who designed it?', crisis: false, kind: 'benign_loose' },
  {
    text: "I'm over it. Over the 9 to 5 grind, that is. Booking a career coach!",
    crisis: false,
    kind: 'benign_loose',
  },
  {
    text: 'My father died by suicide ten years ago and therapy helped me grieve. Thank you for writing about this so gently.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "I attempted suicide years ago; today I'm doing well, married and working as a nurse. Hope is real.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'We lost our dog Biscuit last week. 14 years. The grief article helped me explain it to my kids.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "Today is the five year anniversary of my mom's death. Lighting a candle and reading this.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'How do I talk to a teen about suicide prevention without scaring them?',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'Just finished QPR suicide prevention training at work. Highly recommend it to everyone.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "I volunteer at a crisis line on weekends. This article is one I'll share with new volunteers.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "Ten years ago I was cutting myself every day. I've been free of self harm for eight years now and I want people to know recovery happens.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "I used to think everyone would be better off without me. That was in college. I'm 40 now, happy, and so glad I stayed.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "After my brother's suicide in 2015 I couldn't talk about it. Now I speak at schools. Grief changes, it doesn't vanish.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "What should I say to a friend whose husband died by suicide? I don't want to say the wrong thing.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'My grandma passed in her sleep at 96. Peaceful. Thank you for the piece about anticipatory grief.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'Is it normal to still cry about my cat two years later?',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'As a school counselor, I appreciate that you included the 988 number at the end.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "I survived an overdose in 2012. I've been sober and stable for over a decade and I'm studying to be a counselor now.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "My best friend took her life when we were 17. I'm 35 now and finally went to a grief group. It helped so much.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'Could you write about how to support a coworker after a suicide loss?',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'I had suicidal thoughts during postpartum depression with my first baby. Got treatment, they went away, and my second was totally different. Please get help if this is you.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'Our church is hosting a suicide prevention walk in September, link in my profile if anyone wants to join.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'The section on warning signs of suicide was really clear. I printed it for our youth group leaders.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'I lost my son in a car accident three years ago. Some days are still hard but therapy gave me my life back.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "My uncle died by suicide when I was little and nobody talked about it. I'm glad the conversation is changing.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "Back in 2009 I had a plan and a date. I told my mom instead, went to the hospital, and I'm still here 15 years later. Telling someone saved me.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "I used to self harm as a teenager. These days I'm a mom of two and the scars are just part of my story.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "Grieving my dad this Father's Day. Thanks for the reminder that it's ok to not be ok on holidays.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'What are the warning signs that someone is thinking about suicide? I want to know for my students.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "My therapist helped me through the loss of my twin. It's been 4 years and I'm finally doing okay.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "We scattered my mother's ashes this weekend. It felt like a goodbye and a beginning.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'Is there a support group for families after a suicide? Our community lost a teenager last month.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "I was hospitalized for suicidal depression in my twenties. Medication and DBT worked; I haven't had those thoughts in over six years.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'Had to put our horse down yesterday. Heartbroken but grateful for all the years.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'I train 988 call takers and I love how you framed asking directly about suicide.',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: "Reading this on the anniversary of my friend's death. He'd have been 30 today.",
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'how do you explain to a 6 year old that grandpa died? this helped a lot',
    crisis: false,
    kind: 'benign_grief',
  },
  {
    text: 'Pills or talk therapy for moderate depression? Which do you recommend starting with?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Does coaching help with anxiety or do I need a therapist for that?',
    crisis: false,
    kind: 'benign_clinical',
  },
  { text: 'Is medication always needed for depression?', crisis: false, kind: 'benign_clinical' },
  {
    text: "What's the difference between an LCSW and a psychologist?",
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'I started sertraline two weeks ago and the nausea is rough. Does it get better?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'I want to sleep for a week after this semester 😴',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Can a life coach diagnose ADHD? My friend says hers did.',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'my psychiatrist wants to switch me from lexapro to wellbutrin, anyone have experience with that?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'How long does CBT usually take to work for panic attacks?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Is it safe to take melatonin with my SSRI? Asking before I call my pharmacist.',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'I feel emotionally flat on my meds. Is that a known side effect?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: "What's the difference between burnout and depression?",
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Does insurance cover coaching or only therapy?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Can you do DBT online or does it need to be in person?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Is it normal to feel worse before better in the first month of therapy?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Would you ever recommend ketamine therapy for treatment resistant depression?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Are group sessions as effective as individual ones for social anxiety?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'I missed two doses of my meds and feel dizzy, is that discontinuation syndrome?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'How do I know if I need a psychiatrist or a therapist?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Is seasonal affective disorder real or just winter blues?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: "Could you write about lithium? My doctor brought it up and I'm nervous about the blood tests.",
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: "I've been sleeping 12 hours a day and still feel tired. Could that be depression or my thyroid?",
    crisis: false,
    kind: 'benign_clinical',
  },
  { text: 'Do antidepressants change your personality?', crisis: false, kind: 'benign_clinical' },
  { text: 'Is ERP the best therapy for OCD?', crisis: false, kind: 'benign_clinical' },
  {
    text: 'can you do couples therapy if one person doesnt want to go?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'My doctor mentioned the black box warning on antidepressants for young adults. What does it actually mean?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'How many sessions does EMDR usually take for trauma?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Is it ok to stop therapy once I feel better or should I taper sessions?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: "I'm so exhausted after night shifts I could sleep for days. Any tips for shift work sleep disorder?",
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'Does exercise really work as well as medication for mild depression?',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'what does a safety plan look like in therapy? my counselor mentioned it in our parenting class',
    crisis: false,
    kind: 'benign_clinical',
  },
  {
    text: 'how many mg of magnesium is ok to take for sleep? my doctor said to ask a pharmacist',
    crisis: false,
    kind: 'benign_clinical',
  },
  { text: 'Thank you for this. Sharing with my sister.', crisis: false, kind: 'benign_everyday' },
  { text: 'Great article, very well written!', crisis: false, kind: 'benign_everyday' },
  {
    text: 'I respectfully disagree with the part about journaling. It made my anxiety worse, not better.',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'How do I book a first session? The link on the contact page is broken.',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'This felt a bit too generic. Would love more concrete examples next time.',
    crisis: false,
    kind: 'benign_everyday',
  },
  { text: 'Are you taking new clients in Austin?', crisis: false, kind: 'benign_everyday' },
  { text: 'First!! lol', crisis: false, kind: 'benign_everyday' },
  {
    text: 'Great post!!! Visit my page for the best deals on vitamins 💊💊',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'Can you write one about procrastination for grad students?',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: "Typo in the third paragraph: 'there' should be 'their'.",
    crisis: false,
    kind: 'benign_everyday',
  },
  { text: 'Love the new website design!', crisis: false, kind: 'benign_everyday' },
  {
    text: "I don't think coaches should be writing about clinical topics. Leave that to licensed therapists.",
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'Does anyone know if the Saturday workshop is still on?',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'Shared this in my moms group, everyone loved it.',
    crisis: false,
    kind: 'benign_everyday',
  },
  { text: 'this is so true omg', crisis: false, kind: 'benign_everyday' },
  {
    text: 'Printing this out and putting it on my fridge.',
    crisis: false,
    kind: 'benign_everyday',
  },
  { text: "Too long, didn't read. Can someone summarize?", crisis: false, kind: 'benign_everyday' },
  { text: "What font is this? It's so easy to read.", crisis: false, kind: 'benign_everyday' },
  {
    text: 'Can I reschedule my Tuesday appointment through the portal or do I have to call?',
    crisis: false,
    kind: 'benign_everyday',
  },
  { text: 'Is there a podcast version of these articles?', crisis: false, kind: 'benign_everyday' },
  {
    text: 'Honestly this article is garbage, nothing new here.',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: "my dog ate my journal so I guess I'm starting over lol",
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'the weather in Portland has been amazing this week, unrelated but had to share',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'Who else is reading this at 3am instead of sleeping 🙋‍♀️',
    crisis: false,
    kind: 'benign_everyday',
  },
  { text: 'Love this!! 😍😍', crisis: false, kind: 'benign_everyday' },
  { text: 'Bookmarked for later, thank u', crisis: false, kind: 'benign_everyday' },
  { text: 'Do you have a newsletter?', crisis: false, kind: 'benign_everyday' },
  {
    text: 'The audio on the embedded video is out of sync.',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'Would love a follow-up on boundaries with in-laws during the holidays.',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'i tried the gratitude list for 30 days and it actually worked??',
    crisis: false,
    kind: 'benign_everyday',
  },
  { text: 'BUY FOLLOWERS CHEAP click here', crisis: false, kind: 'benign_everyday' },
  {
    text: 'Is the sliding scale still available for students?',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: 'why does this page take forever to load on my phone',
    crisis: false,
    kind: 'benign_everyday',
  },
  {
    text: "My therapist sent me this link and I'm glad she did.",
    crisis: false,
    kind: 'benign_everyday',
  },
  { text: 'me muero de risa con la parte del gato 😂', crisis: false, kind: 'benign_spanish' },
  {
    text: 'me mata el tráfico todas las mañanas, pero el podcast me ayuda',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'Me muero de ganas de probar coaching después de leer esto.',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'estoy muerta de cansancio pero este artículo me encantó',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'Gracias por el artículo, lo voy a compartir con mi mamá.',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: '¿Tienen terapeutas que hablen español en Houston?',
    crisis: false,
    kind: 'benign_spanish',
  },
  { text: 'este pastel está para morirse', crisis: false, kind: 'benign_spanish' },
  {
    text: '¿Cuál es la diferencia entre un psicólogo y un coach?',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'Mi papá murió hace cinco años y la terapia me ayudó mucho con el duelo.',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'Me encantó, muy buen articulo!! saludos desde Miami',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'Ya me corté el pelo como dijiste, cambio de look = cambio de actitud jaja',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'Adiós a los malos hábitos, empecé a caminar todos los días.',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'el jefe me tiene loca, pero la respiración me ayuda',
    crisis: false,
    kind: 'benign_spanish',
  },
  { text: 'me mató ese final, no me lo esperaba jajaja', crisis: false, kind: 'benign_spanish' },
  {
    text: '¿Aceptan seguro médico? quiero agendar una cita',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'matamos dos pájaros de un tiro: ejercicio y tiempo en familia',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'Mi abuela falleció el mes pasado. Gracias por hablar del duelo con tanto cariño.',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: '¿La medicación es necesaria para la ansiedad o basta con terapia?',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'super helpful, lo voy a mandar a mi grupo de WhatsApp',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'me muero de hambre, voy por unos tacos y luego sigo leyendo',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'Hace años pensaba en el suicidio. Hoy estoy bien, tengo dos hijos y sigo en terapia. Hay esperanza.',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'Ya me voy a dormir, nos vemos mañana. Buenas noches a todos',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'no me mates con esos precios 😅 ¿hay tarifa reducida?',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'me estoy muriendo de calor en Phoenix jaja pero buen articulo',
    crisis: false,
    kind: 'benign_spanish',
  },
  {
    text: 'estoy harta del tráfico de LA, pero bueno, a meditar',
    crisis: false,
    kind: 'benign_spanish',
  },
]
