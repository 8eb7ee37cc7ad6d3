// Hand-written wording for the synthetic demo posts: job templates per category and technology,
// keyword false positives, sentence frames, countries and budget levels. Written for the demo,
// not taken from real posts.

import type { CategoryKey } from "./demo.plan";

/**
 * One kind of job. Text slots: {biz}/{Biz} (a client business, in a sentence / in a title),
 * {lang}, {platform}, {stack}, {n}.
 */
export interface JobTemplate {
  /** Preferred subcategories, first existing one wins; else any of the category's. */
  subs: string[];
  role: string;
  titles: string[];
  /** Completes "... to <task>." */
  tasks: string[];
  /** Noun phrases: what is handed over. */
  deliverables: string[];
  /** Completes "The ideal candidate has <requirement>." */
  requirements: string[];
  /** Skill tags in display case. */
  skills: string[];
}

export const BUSINESSES: readonly (readonly [string, string])[] = [
  ["a specialty coffee roastery", "Coffee Roastery"],
  ["a small dental clinic", "Dental Clinic"],
  ["a real estate agency", "Real Estate Agency"],
  ["an online pet supply store", "Pet Supply Store"],
  ["a B2B SaaS startup", "SaaS Startup"],
  ["a boutique hotel", "Boutique Hotel"],
  ["a family law firm", "Law Firm"],
  ["a fitness studio", "Fitness Studio"],
  ["a logistics company", "Logistics Company"],
  ["a skincare brand", "Skincare Brand"],
  ["a nonprofit foundation", "Nonprofit"],
  ["an e-learning platform", "E-learning Platform"],
  ["a craft brewery", "Craft Brewery"],
  ["a marketing agency", "Marketing Agency"],
  ["a construction company", "Construction Company"],
  ["a fintech startup", "Fintech Startup"],
  ["a home cleaning service", "Cleaning Service"],
  ["an outdoor gear shop", "Outdoor Gear Shop"],
  ["a medical practice", "Medical Practice"],
  ["a mobile game studio", "Game Studio"],
];

export const LANGUAGES = [
  "Spanish",
  "German",
  "French",
  "Portuguese",
  "Japanese",
  "Italian",
  "Arabic",
  "Dutch",
  "Korean",
  "Polish",
  "Turkish",
  "Chinese",
];

export const PLATFORMS = ["Shopify", "WordPress", "Webflow", "WooCommerce", "Wix", "Squarespace"];
export const STACKS = ["React", "Vue.js", "Next.js", "Angular", "Django", "Laravel", "Node.js", "Flutter"];

// Everyday work, per category.
export const PLAIN_JOBS: Record<CategoryKey, JobTemplate[]> = {
  ACC: [
    {
      subs: ["Bookkeeping", "Accounting"],
      role: "bookkeeper",
      titles: ["Bookkeeper for {Biz}", "Monthly Bookkeeping in QuickBooks", "Catch-up Bookkeeping (Xero)"],
      tasks: [
        "reconcile our bank accounts and keep the books up to date every month",
        "clean up twelve months of uncategorized transactions",
      ],
      deliverables: ["monthly reconciliations and a profit and loss statement", "a clean general ledger"],
      requirements: ["hands-on experience with QuickBooks Online or Xero", "a good eye for detail"],
      skills: ["Bookkeeping", "QuickBooks Online", "Xero", "Bank Reconciliation", "Accounts Payable"],
    },
    {
      subs: ["Financial Analysis & Modeling"],
      role: "financial analyst",
      titles: [
        "Financial Model for {Biz}",
        "3-Statement Financial Model",
        "Investor-Ready Financial Projections",
      ],
      tasks: [
        "build a five-year financial model for our seed round",
        "review our pricing and forecast cash flow",
      ],
      deliverables: ["an Excel model with scenarios", "a short memo on the key assumptions"],
      requirements: ["a background in corporate finance", "strong Excel modeling skills"],
      skills: [
        "Financial Modeling",
        "Microsoft Excel",
        "Financial Analysis",
        "Forecasting",
        "Startup Consulting",
      ],
    },
    {
      subs: ["Tax Preparation"],
      role: "tax preparer",
      titles: ["Tax Return Preparation", "Sales Tax Filing Help", "Year-End Tax Preparation"],
      tasks: ["prepare and file our annual business tax return", "sort out our sales tax registrations"],
      deliverables: ["filed returns and a summary of deductions"],
      requirements: ["experience with small business taxes", "a CPA or EA credential"],
      skills: ["Tax Preparation", "Tax Return", "Income Tax", "Accounting"],
    },
    {
      subs: ["Recruiting & Talent Sourcing", "HR Administration"],
      role: "recruiter",
      titles: ["Recruiter to Source Sales Reps", "Talent Sourcing for {Biz}", "Technical Recruiter Needed"],
      tasks: ["source and screen candidates for {n} open roles", "run the first round of interviews"],
      deliverables: ["a shortlist of qualified candidates each week"],
      requirements: ["recruiting experience in our industry", "access to LinkedIn Recruiter"],
      skills: ["Recruiting", "Talent Sourcing", "Candidate Interviewing", "LinkedIn Recruiting"],
    },
    {
      subs: ["Business Analysis & Strategy", "Management Consulting"],
      role: "business consultant",
      titles: ["Business Plan for {Biz}", "Market Entry Strategy Consultant", "Operations Review"],
      tasks: ["write a business plan for a bank loan", "review our operations and suggest improvements"],
      deliverables: ["a business plan document", "a slide deck with recommendations"],
      requirements: ["experience as a consultant for small businesses", "clear written English"],
      skills: ["Business Plan", "Business Analysis", "Market Research", "Strategic Planning"],
    },
  ],
  ADM: [
    {
      subs: ["General Virtual Assistance", "Executive Virtual Assistance", "Personal Virtual Assistance"],
      role: "virtual assistant",
      titles: [
        "Virtual Assistant for Busy Founder",
        "Part-Time Executive Assistant",
        "Virtual Assistant for {Biz}",
      ],
      tasks: ["manage my calendar, inbox and travel bookings", "handle scheduling and customer follow-ups"],
      deliverables: ["a daily summary of completed tasks"],
      requirements: ["excellent written English", "experience with Google Workspace"],
      skills: ["Virtual Assistance", "Calendar Management", "Administrative Support", "Google Workspace"],
    },
    {
      subs: ["Data Entry", "Other Data Entry & Transcription Services"],
      role: "data entry specialist",
      titles: [
        "Data Entry from PDFs to Excel",
        "Product Data Entry for {Platform} Store",
        "Copy Contacts Into Spreadsheet",
      ],
      tasks: [
        "copy about {n}00 records from scanned forms into a spreadsheet",
        "upload product details to our store",
      ],
      deliverables: ["a clean, deduplicated spreadsheet"],
      requirements: ["fast and accurate typing", "attention to detail"],
      skills: ["Data Entry", "Microsoft Excel", "Google Sheets", "Copy & Paste"],
    },
    {
      subs: ["Transcription"],
      role: "transcriber",
      titles: ["Transcribe Interview Recordings", "Podcast Transcription", "Audio to Text Transcription"],
      tasks: ["transcribe {n} hours of recorded interviews", "type up our weekly podcast episodes"],
      deliverables: ["verbatim transcripts with timestamps"],
      requirements: ["a good ear for accents", "native-level English"],
      skills: ["Transcription", "Audio Transcription", "English", "Typing"],
    },
    {
      subs: ["General Research Services", "Market Research"],
      role: "researcher",
      titles: ["Web Research on Local Suppliers", "Market Research for {Biz}", "Lead List Research"],
      tasks: [
        "research potential suppliers and collect their contact details",
        "compile a list of competitors",
      ],
      deliverables: ["a spreadsheet with sources for every entry"],
      requirements: ["strong online research skills"],
      skills: ["Online Research", "Market Research", "Lead Generation", "Microsoft Excel"],
    },
    {
      subs: ["Dropshipping & Order Processing", "Digital Project Management"],
      role: "order processing assistant",
      titles: ["Order Processing for {Platform} Store", "Dropshipping Assistant"],
      tasks: ["process daily orders and update tracking numbers", "keep our inventory sheet in sync"],
      deliverables: ["orders processed within 24 hours"],
      requirements: ["experience with {platform}"],
      skills: ["Order Processing", "Shopify", "Customer Service", "Inventory Management"],
    },
  ],
  CS: [
    {
      subs: ["Email, Phone & Chat Support", "Customer Success"],
      role: "customer support agent",
      titles: ["Customer Support Agent (Chat & Email)", "Support Rep for {Biz}", "Weekend Customer Service"],
      tasks: ["answer customer emails and live chat during US hours", "handle returns and order questions"],
      deliverables: ["replies within our response time targets"],
      requirements: ["previous support experience", "a friendly, patient tone"],
      skills: ["Customer Service", "Email Support", "Live Chat", "Zendesk"],
    },
    {
      subs: ["Tech Support", "IT Support"],
      role: "tech support specialist",
      titles: ["Tier 1 Tech Support", "Help Desk Support for Our App"],
      tasks: ["troubleshoot login and billing issues for our users", "triage tickets and escalate bugs"],
      deliverables: ["resolved tickets and a weekly issue report"],
      requirements: ["basic technical troubleshooting skills"],
      skills: ["Technical Support", "Help Desk", "Freshdesk", "Troubleshooting"],
    },
    {
      subs: ["Community Management", "Customer Onboarding"],
      role: "community manager",
      titles: ["Community Manager for Discord", "Customer Onboarding Specialist"],
      tasks: ["moderate our community and welcome new members", "run onboarding calls with new customers"],
      deliverables: ["an active, well-moderated community"],
      requirements: ["experience growing online communities"],
      skills: ["Community Management", "Discord", "Customer Onboarding", "Social Media Management"],
    },
  ],
  DS: [
    {
      subs: ["Data Visualization", "Data Analytics"],
      role: "Power BI developer",
      titles: [
        "Power BI Dashboard for Sales Data",
        "Tableau Dashboard for {Biz}",
        "KPI Dashboard in Looker Studio",
      ],
      tasks: [
        "build an interactive dashboard from our sales and inventory data",
        "connect our data sources and design KPI reports",
      ],
      deliverables: ["a published dashboard and a short walkthrough video"],
      requirements: ["strong DAX or SQL skills", "a portfolio of dashboards"],
      skills: ["Microsoft Power BI", "Data Visualization", "Tableau", "SQL", "Dashboard"],
    },
    {
      subs: ["Data Analytics", "A/B Testing", "Experimentation & Testing"],
      role: "data analyst",
      titles: [
        "Data Analyst for Customer Survey",
        "Excel Data Analysis",
        "Analyze Marketing Campaign Results",
      ],
      tasks: [
        "analyze our survey results and summarize the findings",
        "clean and analyze two years of sales data",
      ],
      deliverables: ["a report with charts and clear takeaways"],
      requirements: ["experience with Excel, SQL or R", "the ability to explain numbers simply"],
      skills: ["Data Analysis", "Microsoft Excel", "Statistics", "SQL", "R"],
    },
    {
      subs: ["Data Extraction", "Data Mining"],
      role: "web scraping expert",
      titles: [
        "Scrape Product Listings to CSV",
        "Data Extraction from Public Directory",
        "Web Scraper for Price Monitoring",
      ],
      tasks: [
        "extract listings from a few public websites into a spreadsheet",
        "collect prices from competitor sites weekly",
      ],
      deliverables: ["a CSV file and the script used"],
      requirements: ["experience with Python scraping libraries"],
      skills: ["Data Scraping", "Python", "Data Extraction", "Beautiful Soup"],
    },
    {
      subs: ["Data Engineering", "Data Processing"],
      role: "data engineer",
      titles: ["ETL Pipeline from CRM to Warehouse", "SQL Data Engineer", "Data Pipeline Fixes"],
      tasks: ["build a nightly ETL job that loads CRM data into our database", "optimize slow SQL queries"],
      deliverables: ["documented, tested pipelines"],
      requirements: ["solid SQL and Python", "experience with dbt or Airflow"],
      skills: ["ETL Pipeline", "SQL", "Python", "Data Engineering", "PostgreSQL"],
    },
  ],
  DES: [
    {
      subs: ["Logo Design", "Brand Identity Design"],
      role: "logo designer",
      titles: ["Logo Design for {Biz}", "Modern Logo and Brand Kit", "Minimalist Logo Needed"],
      tasks: ["design a clean, modern logo for {biz}", "create a logo and simple brand guidelines"],
      deliverables: ["three initial concepts and final files in vector format"],
      requirements: ["a strong portfolio of logo work"],
      skills: ["Logo Design", "Brand Identity", "Adobe Illustrator", "Graphic Design"],
    },
    {
      subs: ["Graphic Design", "Presentation Design", "Editorial Design"],
      role: "graphic designer",
      titles: ["Social Media Graphics for {Biz}", "Pitch Deck Design", "Flyer and Brochure Design"],
      tasks: ["design a set of social media templates", "turn our pitch deck into a polished presentation"],
      deliverables: ["editable Canva or Figma files"],
      requirements: ["a good sense of layout and typography"],
      skills: ["Graphic Design", "Canva", "Adobe Photoshop", "Presentation Design", "Flyer Design"],
    },
    {
      subs: ["Video Editing", "Video Production", "Motion Graphics"],
      role: "video editor",
      titles: [
        "Video Editor for YouTube Channel",
        "Short-Form Video Editing (Reels/TikTok)",
        "Promo Video for {Biz}",
      ],
      tasks: [
        "edit {n} videos a week from raw footage",
        "cut a one-minute promo video with captions and music",
      ],
      deliverables: ["edited videos ready to upload"],
      requirements: ["experience with Premiere Pro or DaVinci Resolve"],
      skills: ["Video Editing", "Adobe Premiere Pro", "Motion Graphics", "Video Post-Editing"],
    },
    {
      subs: ["Illustration", "Cartoons & Comics", "2D Animation"],
      role: "illustrator",
      titles: ["Children's Book Illustrations", "Character Illustration", "2D Explainer Animation"],
      tasks: ["illustrate a {n}0-page children's book", "animate a short explainer about our service"],
      deliverables: ["print-ready illustrations"],
      requirements: ["a consistent, friendly drawing style"],
      skills: ["Illustration", "Children's Book Illustration", "2D Animation", "Procreate"],
    },
    {
      subs: ["Voice Talent", "Audio Editing", "Music Production"],
      role: "voice actor",
      titles: ["Voice Over for Explainer Video", "Male Voice Actor Needed", "Podcast Audio Editing"],
      tasks: ["record a two-minute voice over for our explainer", "clean up and master our podcast audio"],
      deliverables: ["studio-quality WAV files"],
      requirements: ["a home studio with a good microphone"],
      skills: ["Voice-Over", "Voice Acting", "Audio Editing", "Audio Production"],
    },
  ],
  EA: [
    {
      subs: ["3D Modeling & Rendering", "Interior Design"],
      role: "3D artist",
      titles: [
        "3D Renderings of Kitchen Remodel",
        "Product Rendering for Catalog",
        "Interior Design Concepts",
      ],
      tasks: [
        "produce photorealistic renders of a renovated apartment",
        "model and render {n} products for our catalog",
      ],
      deliverables: ["high-resolution renders from several angles"],
      requirements: ["experience with 3ds Max, Blender or SketchUp"],
      skills: ["3D Rendering", "3D Modeling", "Blender", "SketchUp", "Interior Design"],
    },
    {
      subs: ["CAD", "Mechanical Engineering", "Product & Industrial Design"],
      role: "mechanical engineer",
      titles: [
        "CAD Drawings for Metal Bracket",
        "SolidWorks Design for Enclosure",
        "Convert Sketches to CAD",
      ],
      tasks: ["turn hand sketches into manufacturable CAD drawings", "design an injection-molded enclosure"],
      deliverables: ["STEP files and 2D drawings with tolerances"],
      requirements: ["experience with SolidWorks or Fusion 360"],
      skills: ["CAD", "SolidWorks", "Autodesk Fusion 360", "Mechanical Engineering"],
    },
    {
      subs: [
        "Architectural Design",
        "Building Information Modeling",
        "Structural Engineering",
        "Civil Engineering",
      ],
      role: "architect",
      titles: ["Floor Plans for Home Addition", "Permit Drawings for Deck", "Revit Model of Office"],
      tasks: ["draw permit-ready plans for a small home addition", "model our office in Revit"],
      deliverables: ["stamped drawings ready for the permit office"],
      requirements: ["a license in our state or equivalent experience"],
      skills: ["Architectural Design", "AutoCAD", "Autodesk Revit", "Floor Plan"],
    },
    {
      subs: ["Electrical Engineering", "Electronic Engineering"],
      role: "electronics engineer",
      titles: ["PCB Design for Sensor Board", "Circuit Review for IoT Device"],
      tasks: ["design a two-layer PCB for a small sensor board", "review our schematic before manufacturing"],
      deliverables: ["Gerber files and a bill of materials"],
      requirements: ["experience with KiCad or Altium"],
      skills: ["PCB Design", "Circuit Design", "Electrical Engineering", "Altium Designer"],
    },
  ],
  IT: [
    {
      subs: ["Systems Administration", "Network Administration"],
      role: "system administrator",
      titles: ["Linux Server Maintenance", "Office Network Setup", "Windows Server Administrator"],
      tasks: ["patch and monitor our Linux servers", "set up the network and Wi-Fi for a new office"],
      deliverables: ["a documented, secured setup"],
      requirements: ["solid Linux and networking experience"],
      skills: ["Linux System Administration", "Network Administration", "Windows Server", "Bash"],
    },
    {
      subs: ["Information Security", "Network Security", "IT Compliance"],
      role: "security consultant",
      titles: ["Penetration Test of Web App", "Security Audit for {Biz}", "SOC 2 Readiness Help"],
      tasks: ["run a penetration test on our web application", "prepare our policies for a compliance audit"],
      deliverables: ["a findings report with fixes ranked by risk"],
      requirements: ["relevant certifications such as OSCP or CISSP"],
      skills: ["Penetration Testing", "Network Security", "Information Security", "Vulnerability Assessment"],
    },
    {
      subs: ["Database Administration"],
      role: "database administrator",
      titles: ["MySQL Performance Tuning", "Database Backup and Recovery Setup"],
      tasks: ["tune our MySQL database and fix slow queries", "set up reliable backups with tested restores"],
      deliverables: ["a tuned database and a runbook"],
      requirements: ["years of DBA experience"],
      skills: ["Database Administration", "MySQL", "PostgreSQL", "Database Optimization"],
    },
  ],
  LEG: [
    {
      subs: ["Business & Corporate Law", "General Counsel"],
      role: "business lawyer",
      titles: [
        "Review of Partnership Agreement",
        "Contract Drafting for {Biz}",
        "Terms of Service and Privacy Policy",
      ],
      tasks: ["review a partnership agreement before we sign", "draft terms of service for our website"],
      deliverables: ["a marked-up contract with comments"],
      requirements: ["a license to practice in the relevant jurisdiction"],
      skills: ["Contract Drafting", "Business Law", "Contract Review", "Legal Consulting"],
    },
    {
      subs: ["Intellectual Property Law"],
      role: "trademark attorney",
      titles: ["Trademark Registration", "IP Advice for Product Launch"],
      tasks: ["file a trademark application for our brand", "advise on protecting our product design"],
      deliverables: ["a filed application and a short opinion"],
      requirements: ["experience with trademark filings"],
      skills: ["Trademark Law", "Intellectual Property Law", "Legal Research"],
    },
    {
      subs: ["Paralegal Services", "Immigration Law"],
      role: "paralegal",
      titles: ["Paralegal for Document Review", "Immigration Paperwork Assistance"],
      tasks: ["organize and summarize case documents", "prepare visa application forms"],
      deliverables: ["indexed documents and summaries"],
      requirements: ["paralegal training"],
      skills: ["Paralegal", "Legal Research", "Legal Writing", "Document Review"],
    },
  ],
  SM: [
    {
      subs: ["SEO", "Search Engine Marketing"],
      role: "SEO specialist",
      titles: ["SEO for {Platform} Website", "Local SEO for {Biz}", "Google Ads Campaign Setup"],
      tasks: ["improve our rankings for local search terms", "set up and manage Google Ads campaigns"],
      deliverables: ["a keyword plan and monthly ranking reports"],
      requirements: ["proven results with similar sites"],
      skills: ["Search Engine Optimization", "Google Ads", "Keyword Research", "On-Page SEO"],
    },
    {
      subs: ["Social Media Marketing", "Social Media Strategy"],
      role: "social media manager",
      titles: ["Social Media Manager for {Biz}", "Instagram Growth Specialist", "TikTok Marketing Help"],
      tasks: ["plan and post content on Instagram and TikTok", "grow our followers and engagement"],
      deliverables: ["a monthly content calendar and results report"],
      requirements: ["a track record of growing accounts"],
      skills: ["Social Media Marketing", "Instagram", "Content Calendar", "Social Media Management"],
    },
    {
      subs: ["Lead Generation", "Sales & Business Development", "Telemarketing"],
      role: "lead generation specialist",
      titles: ["B2B Lead Generation", "Appointment Setter for {Biz}", "Cold Calling Sales Rep"],
      tasks: [
        "find and qualify decision makers at mid-size companies",
        "book sales calls from our lead list",
      ],
      deliverables: ["{n}00 verified leads with emails"],
      requirements: ["experience with LinkedIn Sales Navigator"],
      skills: ["Lead Generation", "LinkedIn Sales Navigator", "Cold Calling", "Appointment Setting"],
    },
    {
      subs: ["Marketing Strategy", "Campaign Management", "Brand Strategy"],
      role: "marketing strategist",
      titles: ["Marketing Plan for Product Launch", "Facebook Ads Manager", "Go-To-Market Strategy"],
      tasks: [
        "build a launch plan across paid and organic channels",
        "run Facebook ad campaigns with a monthly budget",
      ],
      deliverables: ["a marketing plan with budget and KPIs"],
      requirements: ["experience launching consumer products"],
      skills: ["Marketing Strategy", "Facebook Advertising", "Digital Marketing", "Campaign Management"],
    },
  ],
  TR: [
    {
      subs: ["General Translation Services", "Technical Document Translation"],
      role: "translator",
      titles: [
        "English to {Lang} Translation",
        "Translate Website into {Lang}",
        "{Lang} Translator for Manuals",
      ],
      tasks: [
        "translate about {n},000 words of website copy into {lang}",
        "translate our product manual into {lang}",
      ],
      deliverables: ["translated files in the original layout"],
      requirements: ["native {lang} and fluent English"],
      skills: ["Translation", "English", "Proofreading", "Technical Translation"],
    },
    {
      subs: ["Legal Document Translation"],
      role: "certified translator",
      titles: ["Certified Translation of Documents", "Legal Contract Translation ({Lang})"],
      tasks: [
        "translate a set of legal documents into {lang}",
        "provide certified translations of certificates",
      ],
      deliverables: ["certified translations as PDF"],
      requirements: ["certification as a translator"],
      skills: ["Legal Translation", "Certified Translation", "English"],
    },
    {
      subs: ["Language Tutoring", "Live Interpretation", "Language Localization"],
      role: "language tutor",
      titles: ["{Lang} Tutor for Beginners", "Interpreter for Video Calls", "App Localization into {Lang}"],
      tasks: ["teach conversational {lang} twice a week", "interpret during our calls with suppliers"],
      deliverables: ["weekly lessons with homework"],
      requirements: ["native {lang} and teaching experience"],
      skills: ["Language Instruction", "Interpretation", "Localization", "Tutoring"],
    },
  ],
  WMSD: [
    {
      subs: ["Front-End Development", "Full Stack Development", "Web Design"],
      role: "web developer",
      titles: [
        "{Stack} Developer for Web App",
        "Build a Landing Page in {Stack}",
        "Full Stack Developer for MVP",
      ],
      tasks: ["build the front end of our customer portal in {stack}", "finish an MVP web app and deploy it"],
      deliverables: ["clean, tested code in our repository"],
      requirements: ["strong {stack} experience", "a portfolio of shipped projects"],
      skills: ["Web Development", "JavaScript", "React", "Node.js", "TypeScript", "CSS"],
    },
    {
      subs: ["CMS Development", "Ecommerce Website Development"],
      role: "{platform} developer",
      titles: [
        "{Platform} Store Customization",
        "Fix Our {Platform} Website",
        "{Platform} Theme Development",
      ],
      tasks: [
        "customize our {platform} theme and speed up the site",
        "fix layout bugs on our {platform} website",
      ],
      deliverables: ["a faster, responsive website"],
      requirements: ["deep {platform} experience"],
      skills: ["WordPress", "Shopify", "PHP", "Web Design", "Ecommerce Website"],
    },
    {
      subs: ["Mobile App Development", "Mobile Game Development"],
      role: "mobile developer",
      titles: [
        "iOS and Android App for {Biz}",
        "Flutter Developer for Booking App",
        "React Native Bug Fixes",
      ],
      tasks: ["build a booking app for iOS and Android", "fix crashes in our React Native app"],
      deliverables: ["apps published to both stores"],
      requirements: ["published apps you can show"],
      skills: ["Mobile App Development", "Flutter", "React Native", "iOS", "Android"],
    },
    {
      subs: ["Back-End Development", "Database Development", "Desktop Software Development"],
      role: "backend developer",
      titles: [
        "REST API Development",
        "Backend Developer (Python/Django)",
        "Payment Integration with Stripe",
      ],
      tasks: ["build a REST API for our mobile app", "integrate Stripe subscriptions into our backend"],
      deliverables: ["documented endpoints with tests"],
      requirements: ["solid backend experience with Python or Node.js"],
      skills: ["API Development", "Python", "Django", "PostgreSQL", "Stripe"],
    },
    {
      subs: ["UX/UI Design", "Prototyping", "Mobile Design"],
      role: "UI/UX designer",
      titles: ["UI/UX Design for Mobile App", "Figma Prototype for Dashboard", "Website Redesign in Figma"],
      tasks: ["design the screens of our mobile app in Figma", "redesign our dashboard for clarity"],
      deliverables: ["a clickable Figma prototype"],
      requirements: ["a portfolio of product design work"],
      skills: ["UX & UI", "Figma", "User Interface Design", "Prototyping", "Wireframing"],
    },
  ],
  WR: [
    {
      subs: ["Article & Blog Writing", "Other Content Writing"],
      role: "content writer",
      titles: ["Blog Writer for {Biz}", "SEO Articles for Our Website", "Long-Form Content Writer"],
      tasks: ["write {n} SEO blog posts a month", "write in-depth articles on our industry"],
      deliverables: ["original articles of about 1,500 words"],
      requirements: ["excellent written English and research skills"],
      skills: ["Article Writing", "Blog Writing", "SEO Writing", "Content Writing"],
    },
    {
      subs: ["Marketing Copywriting", "Sales Copywriting", "Other Sales & Marketing Copywriting"],
      role: "copywriter",
      titles: [
        "Website Copywriter",
        "Sales Page Copy for {Biz}",
        "Product Descriptions for {Platform} Store",
      ],
      tasks: [
        "rewrite the copy on our home and service pages",
        "write product descriptions for {n}0 products",
      ],
      deliverables: ["final copy in a shared document"],
      requirements: ["conversion-focused copywriting experience"],
      skills: ["Copywriting", "Website Copywriting", "Product Description", "Marketing Copywriting"],
    },
    {
      subs: ["Ghostwriting", "Creative Writing", "Scriptwriting"],
      role: "ghostwriter",
      titles: ["Ghostwriter for Memoir", "Scriptwriter for YouTube Videos", "Ebook Ghostwriting"],
      tasks: ["ghostwrite a memoir from recorded interviews", "write scripts for weekly YouTube videos"],
      deliverables: ["finished chapters delivered on a schedule"],
      requirements: ["published work in a similar genre"],
      skills: ["Ghostwriting", "Creative Writing", "Scriptwriting", "Storytelling"],
    },
    {
      subs: ["Proofreading", "Copy Editing"],
      role: "editor",
      titles: ["Proofread Academic Paper", "Copy Editor for Novel Manuscript"],
      tasks: ["proofread and edit a {n}0,000-word manuscript", "copy edit our reports for grammar and flow"],
      deliverables: ["tracked changes and a style sheet"],
      requirements: ["a sharp eye for grammar"],
      skills: ["Proofreading", "Copy Editing", "Editing & Proofreading", "English"],
    },
    {
      subs: ["Technical Writing", "Business & Proposal Writing", "Grant Writing"],
      role: "technical writer",
      titles: ["Technical Writer for Software Docs", "Grant Proposal Writer", "User Manual Writing"],
      tasks: ["write user documentation for our software", "write a grant proposal for a community project"],
      deliverables: ["a complete, reviewed document"],
      requirements: ["experience writing for technical audiences"],
      skills: ["Technical Writing", "Grant Writing", "Documentation", "Proposal Writing"],
    },
  ],
};

/**
 * AI work per skill bucket (bucket names as in taxonomy/skills.yaml). Every title or task
 * names AI, machine learning or a gen-AI tool, so that keyword rules find the post.
 */
export const AI_JOBS: Record<string, JobTemplate> = {
  "Conversational AI": {
    subs: [
      "AI Chatbot Development",
      "Back-End Development",
      "Machine Learning",
      "Email, Phone & Chat Support",
    ],
    role: "AI chatbot developer",
    titles: [
      "AI Chatbot for {Biz} Website",
      "ChatGPT Integration for Customer Support",
      "Build an AI Assistant with OpenAI",
    ],
    tasks: [
      "build an AI chatbot that answers customer questions from our help center",
      "integrate ChatGPT into our support widget so it can handle common requests",
    ],
    deliverables: ["a working AI assistant connected to our knowledge base"],
    requirements: ["experience shipping LLM-based chatbots", "familiarity with the OpenAI API"],
    skills: ["Python", "API Integration", "JavaScript", "Node.js"],
  },
  "Natural Language Processing": {
    subs: ["Machine Learning", "Deep Learning", "Data Analytics"],
    role: "NLP engineer",
    titles: [
      "NLP Model for Text Classification",
      "Sentiment Analysis with Machine Learning",
      "AI Text Summarization Tool",
    ],
    tasks: [
      "train a machine learning model that classifies support tickets by topic",
      "build an AI pipeline that summarizes long reports",
    ],
    deliverables: ["a trained model, evaluation results and inference code"],
    requirements: ["solid NLP background with Python"],
    skills: ["Python", "Data Science", "spaCy", "Text Analytics"],
  },
  "AI Tools & Services": {
    subs: [
      "AI Integration",
      "Business Applications Development",
      "General Virtual Assistance",
      "Marketing Automation",
    ],
    role: "AI tools consultant",
    titles: [
      "Set Up Microsoft 365 Copilot for Our Team",
      "AI Tools Consultant for {Biz}",
      "Help Us Adopt AI Tools",
    ],
    tasks: [
      "roll out AI tools such as Microsoft 365 Copilot and train our staff",
      "recommend and configure AI tools that save our team time",
    ],
    deliverables: ["a configured setup and a short training session"],
    requirements: ["hands-on experience with business AI tools"],
    skills: ["Microsoft 365", "Process Improvement", "Business Consulting", "Training"],
  },
  "AI Model Development & Deployment": {
    subs: [
      "Machine Learning",
      "Deep Learning",
      "Generative AI Modeling",
      "DevOps Engineering",
      "Back-End Development",
    ],
    role: "machine learning engineer",
    titles: [
      "Fine-Tune and Deploy an LLM",
      "ML Engineer to Deploy AI Model",
      "Machine Learning Model to Production",
    ],
    tasks: [
      "fine-tune an open-source LLM on our data and deploy the AI model behind an API",
      "take our machine learning model from notebook to a monitored production service",
    ],
    deliverables: ["a deployed model with an API and monitoring"],
    requirements: ["production ML experience with PyTorch", "experience with model serving"],
    skills: ["Python", "Docker", "PyTorch", "MLOps"],
  },
  "AI Models & Architectures": {
    subs: ["Deep Learning", "Machine Learning", "Generative AI Modeling"],
    role: "deep learning researcher",
    titles: [
      "Deep Learning Expert for Transformer Model",
      "AI Research Engineer (Neural Networks)",
      "Custom Neural Network Architecture",
    ],
    tasks: [
      "design and benchmark a neural network architecture for our AI research",
      "adapt a transformer-based AI model to a new task and compare results",
    ],
    deliverables: ["code, experiments and a short technical report"],
    requirements: ["a strong deep learning background"],
    skills: ["Python", "Deep Learning", "Research", "Mathematics"],
  },
  "Computer Vision": {
    subs: ["Deep Learning", "Machine Learning", "Mobile App Development", "3D Modeling & Rendering"],
    role: "computer vision engineer",
    titles: [
      "Computer Vision Model for Object Detection",
      "AI Image Recognition for {Biz}",
      "Machine Learning for Defect Detection",
    ],
    tasks: [
      "train a machine learning model that detects defects in product photos",
      "build an AI image recognition feature for our app",
    ],
    deliverables: ["a trained model with accuracy metrics"],
    requirements: ["experience with OpenCV and deep learning"],
    skills: ["Python", "OpenCV", "Image Processing", "Deep Learning"],
  },
  "Machine Learning": {
    subs: ["Machine Learning", "Data Analytics", "Financial Analysis & Modeling"],
    role: "machine learning engineer",
    titles: [
      "Machine Learning Model for Demand Forecasting",
      "Predictive Model for Customer Churn",
      "ML Engineer for Recommendation System",
    ],
    tasks: [
      "build a machine learning model that forecasts weekly demand",
      "predict customer churn from our usage data with machine learning",
    ],
    deliverables: ["a model, a notebook and a summary of results"],
    requirements: ["strong Python and scikit-learn skills"],
    skills: ["Python", "Data Science", "Statistics", "Pandas"],
  },
  "AI Content Creation": {
    subs: [
      "AI Image Generation & Editing",
      "Graphic Design",
      "Video Production",
      "3D Modeling & Rendering",
      "Social Media Marketing",
    ],
    role: "AI content creator",
    titles: [
      "AI-Generated Images for Our Brand",
      "AI Video Creator for Social Media",
      "AI Renders of Interior Concepts",
    ],
    tasks: [
      "create AI-generated images and short videos for our social media channels",
      "produce realistic concept renders with AI tools",
    ],
    deliverables: ["a batch of ready-to-post AI visuals"],
    requirements: ["a portfolio of AI-generated work"],
    skills: ["Social Media Content", "Graphic Design", "Content Creation", "Adobe Photoshop"],
  },
  "AI Photo & Video Editing": {
    subs: ["Image Editing", "Video Editing", "Visual Effects"],
    role: "AI video editor",
    titles: ["AI Photo Enhancement", "Turn Photos into AI Videos", "AI Avatar Video Production"],
    tasks: [
      "enhance and retouch product photos with AI tools",
      "turn still photos into short moving videos with AI",
    ],
    deliverables: ["edited photos and videos in high resolution"],
    requirements: ["experience with AI editing tools"],
    skills: ["Video Editing", "Photo Editing", "Adobe Premiere Pro", "Image Editing"],
  },
  "Data Labeling & Annotation": {
    subs: [
      "Data Entry",
      "General Research Services",
      "Data Processing",
      "Other Data Entry & Transcription Services",
    ],
    role: "data annotator",
    titles: ["Data Annotation for AI Training", "Label Images for Machine Learning", "AI Output Evaluator"],
    tasks: [
      "label images and text that will be used to train AI models",
      "review and rate AI model answers against written guidelines",
    ],
    deliverables: ["labeled data in the agreed format"],
    requirements: ["patience and consistency with repetitive tasks"],
    skills: ["Data Entry", "Attention to Detail", "Microsoft Excel", "Quality Assurance"],
  },
  "Prompt Engineering": {
    subs: ["Generative AI Modeling", "AI Content Writing", "Content Strategy", "Graphic Design"],
    role: "prompt engineer",
    titles: [
      "Prompt Engineer for ChatGPT Workflows",
      "Midjourney Prompt Specialist",
      "Prompt Engineering for AI Content",
    ],
    tasks: [
      "write and test prompts so our AI tools produce consistent output",
      "build a library of ChatGPT prompts for our marketing team",
    ],
    deliverables: ["a documented prompt library with examples"],
    requirements: ["hands-on prompt work with ChatGPT or Claude"],
    skills: ["Content Writing", "Documentation", "Creative Writing", "Marketing"],
  },
  "AI Writing & Editing": {
    subs: ["AI Content Writing", "Copy Editing", "Article & Blog Writing", "Technical Writing"],
    role: "AI content editor",
    titles: [
      "Edit AI-Generated Articles",
      "Writer to Humanize AI Content",
      "Technical Writer for AI Product",
    ],
    tasks: [
      "edit AI-generated drafts so they read naturally and are accurate",
      "write documentation for our AI product",
    ],
    deliverables: ["polished articles ready to publish"],
    requirements: ["a strong editorial voice"],
    skills: ["Editing & Proofreading", "Content Writing", "Article Writing", "English"],
  },
  "AI Translation": {
    subs: ["General Translation Services", "Language Localization", "Technical Document Translation"],
    role: "AI translation specialist",
    titles: [
      "Post-Edit AI Translations into {Lang}",
      "{Lang} Linguist to Evaluate AI Translation",
      "Train an AI Translation Model ({Lang})",
    ],
    tasks: [
      "review and correct AI machine translation output in {lang}",
      "rate and improve AI translations to train a translation model",
    ],
    deliverables: ["corrected segments and quality scores"],
    requirements: ["native {lang} and experience with AI translation"],
    skills: ["Translation", "Proofreading", "English", "Localization"],
  },
  "AI Agents & Automation": {
    subs: ["AI Integration", "Scripting & Automation", "Back-End Development", "Marketing Automation"],
    role: "AI agent developer",
    titles: ["Build AI Agents for Our Sales Team", "LLM Agent Developer", "AI Agent with Tool Calling"],
    tasks: [
      "build AI agents that research leads and draft follow-ups",
      "create an AI agent on top of an LLM that uses our internal tools",
    ],
    deliverables: ["working agents with logs and documentation"],
    requirements: ["experience with LangChain or similar frameworks"],
    skills: ["Python", "API Integration", "Automation", "Node.js"],
  },
};

/** Used when the taxonomy has no bucket the generator knows: a plain AI job with generic tags. */
export const AI_FALLBACK_JOB: JobTemplate = {
  subs: ["Machine Learning", "Data Analytics"],
  role: "AI developer",
  titles: ["AI Developer for {Biz}", "Machine Learning Help Needed", "AI Feature for Our Product"],
  tasks: ["add an AI feature to our product", "apply machine learning to our customer data"],
  deliverables: ["working code and a short report"],
  requirements: ["practical AI and machine learning experience"],
  skills: ["Artificial Intelligence", "Machine Learning", "Python"],
};

export const CLOUD_JOBS: Record<"infra" | "app" | "data" | "other", JobTemplate[]> = {
  infra: [
    {
      subs: ["Cloud Engineering", "DevOps Engineering", "Solution Architecture", "Systems Administration"],
      role: "cloud engineer",
      titles: [
        "AWS Engineer for Infrastructure Setup",
        "Migrate Servers to Azure",
        "Terraform for Our AWS Account",
      ],
      tasks: [
        "set up our AWS infrastructure with Terraform and proper IAM roles",
        "migrate our on-premise servers to Microsoft Azure",
      ],
      deliverables: ["infrastructure as code and an architecture diagram"],
      requirements: ["AWS or Azure certification", "strong Terraform experience"],
      skills: ["Amazon Web Services", "Terraform", "Microsoft Azure", "DevOps", "Cloud Computing"],
    },
    {
      subs: ["DevOps Engineering", "Cloud Engineering"],
      role: "DevOps engineer",
      titles: ["Kubernetes on Google Cloud", "CI/CD Pipeline to AWS", "Reduce Our Cloud Costs"],
      tasks: [
        "move our services to Kubernetes on Google Cloud Platform",
        "audit our cloud bill and cut costs without downtime",
      ],
      deliverables: ["working pipelines and cost report"],
      requirements: ["production Kubernetes experience"],
      skills: ["Kubernetes", "Google Cloud Platform", "Docker", "CI/CD", "DevOps"],
    },
  ],
  app: [
    {
      subs: ["Back-End Development", "Full Stack Development", "Web Application Development"],
      role: "backend developer",
      titles: ["Serverless API on AWS Lambda", "Deploy Our App to AWS", "Firebase Backend for Mobile App"],
      tasks: [
        "build a serverless API with AWS Lambda and DynamoDB",
        "deploy our web app to the cloud with autoscaling",
      ],
      deliverables: ["a deployed backend and deployment docs"],
      requirements: ["experience deploying apps on AWS or GCP"],
      skills: ["AWS Lambda", "Amazon DynamoDB", "Node.js", "Firebase", "Serverless Computing"],
    },
  ],
  data: [
    {
      subs: ["Data Engineering", "Data Analytics"],
      role: "cloud data engineer",
      titles: [
        "BigQuery Data Warehouse Setup",
        "Snowflake on AWS Data Pipeline",
        "Azure Data Factory Pipelines",
      ],
      tasks: [
        "set up a BigQuery warehouse and load our product data",
        "build data pipelines on Azure Data Factory",
      ],
      deliverables: ["a cloud data warehouse with scheduled loads"],
      requirements: ["experience with cloud data platforms"],
      skills: ["BigQuery", "Snowflake", "Microsoft Azure", "ETL Pipeline", "Google Cloud Platform"],
    },
  ],
  other: [
    {
      subs: [],
      role: "cloud consultant",
      titles: ["Cloud Migration Consultant", "Move Our Files and Apps to the Cloud", "AWS Setup for {Biz}"],
      tasks: [
        "plan our move from local servers to cloud hosting on AWS",
        "advise which cloud platform fits our team and set it up",
      ],
      deliverables: ["a migration plan and a configured cloud account"],
      requirements: ["hands-on cloud migration experience"],
      skills: ["Cloud Computing", "Amazon Web Services", "Cloud Migration", "Microsoft Azure"],
    },
  ],
};

export const RPA_JOBS: Record<"dev" | "biz", JobTemplate[]> = {
  dev: [
    {
      subs: ["Scripting & Automation", "Back-End Development", "Desktop Software Development"],
      role: "RPA developer",
      titles: [
        "UiPath Developer for Invoice Processing",
        "RPA Bot for Data Entry",
        "Automation Anywhere Developer",
      ],
      tasks: [
        "build a UiPath robot that reads invoices and enters them into our ERP",
        "automate a repetitive data entry process with an RPA bot",
      ],
      deliverables: ["a tested robot with a run guide"],
      requirements: ["UiPath or Blue Prism certification"],
      skills: ["UiPath", "Robotic Process Automation", "Automation Anywhere", "Blue Prism"],
    },
    {
      subs: ["Scripting & Automation", "Business Applications Development"],
      role: "Power Automate developer",
      titles: [
        "Power Automate Flows for Approvals",
        "Microsoft Power Automate Expert",
        "Automate Order Workflow",
      ],
      tasks: [
        "build Power Automate flows that route purchase approvals",
        "automate our order intake process end to end",
      ],
      deliverables: ["documented flows running in our tenant"],
      requirements: ["deep Power Automate experience"],
      skills: ["Microsoft Power Automate", "Microsoft PowerApps", "SharePoint", "Workflow Automation"],
    },
  ],
  biz: [
    {
      subs: [
        "Data Processing",
        "Data Entry",
        "Accounting",
        "Marketing Automation",
        "Business Applications Development",
      ],
      role: "automation specialist",
      titles: [
        "Zapier Automation for CRM Workflow",
        "Make.com Workflow for Invoicing",
        "Automate Our Spreadsheet Process",
      ],
      tasks: [
        "connect our forms, CRM and invoicing with Zapier so nobody retypes data",
        "automate a weekly reporting routine with Google Apps Script",
      ],
      deliverables: ["working automations and a short handover"],
      requirements: ["experience with Zapier, Make or n8n"],
      skills: ["Zapier", "Make.com", "Workflow Automation", "Google Apps Script", "Process Automation"],
    },
  ],
};

/** A keyword false positive: looks like AI, cloud or RPA to a keyword rule, but is not. */
interface FalsePositiveTemplate {
  category: CategoryKey;
  /** The technology whose keyword rule it trips. */
  trips: "ai" | "cloud" | "rpa";
  job: JobTemplate;
}

export const FALSE_POSITIVES: FalsePositiveTemplate[] = [
  {
    category: "DES",
    trips: "ai",
    job: {
      subs: ["Logo Design", "Graphic Design"],
      role: "vector designer",
      titles: [
        "Logo Redraw in AI and EPS Format",
        "Vector Logo (AI, EPS, SVG files)",
        "Convert Logo to AI File",
      ],
      tasks: [
        "redraw our old logo as a vector and deliver it in AI and EPS format",
        "vectorize a sketch and send the AI file",
      ],
      deliverables: ["AI, EPS, SVG and PNG files"],
      requirements: ["expert Adobe Illustrator skills"],
      skills: ["Adobe Illustrator", "Vector Tracing", "Logo Design"],
    },
  },
  {
    category: "WMSD",
    trips: "ai",
    job: {
      subs: ["Web Design", "Front-End Development", "UX/UI Design"],
      role: "web designer",
      titles: [
        "Landing Page for Our AI Startup",
        "Website Redesign for AI Agency",
        "Webflow Site for AI Company",
      ],
      tasks: [
        "design and build a marketing website for our AI startup",
        "refresh the look of our agency website",
      ],
      deliverables: ["a responsive website"],
      requirements: ["a strong web design portfolio"],
      skills: ["Web Design", "Webflow", "Landing Page", "Figma"],
    },
  },
  {
    category: "SM",
    trips: "rpa",
    job: {
      subs: ["Email Marketing", "Marketing Automation"],
      role: "email marketer",
      titles: [
        "Email Marketing Automation in Klaviyo",
        "Automated Email Sequences for {Biz}",
        "Mailchimp Newsletter Setup",
      ],
      tasks: [
        "set up automated welcome and abandoned-cart email flows",
        "write and schedule our monthly email newsletter",
      ],
      deliverables: ["live email flows and templates"],
      requirements: ["proven email marketing results"],
      skills: ["Email Marketing", "Klaviyo", "Mailchimp", "Email Campaign Setup"],
    },
  },
  {
    category: "WMSD",
    trips: "rpa",
    job: {
      subs: ["Automation Testing", "Manual Testing"],
      role: "QA engineer",
      titles: [
        "QA Test Automation with Selenium",
        "Automated Testing for Web App",
        "Cypress Test Automation",
      ],
      tasks: ["write automated end-to-end tests for our web app", "set up QA test automation in our CI"],
      deliverables: ["a test suite running in CI"],
      requirements: ["experience with Selenium or Cypress"],
      skills: ["Selenium", "Automated Testing", "Cypress", "Quality Assurance"],
    },
  },
  {
    category: "DES",
    trips: "cloud",
    job: {
      subs: ["Graphic Design", "Presentation Design", "Editorial Design"],
      role: "infographic designer",
      titles: ["Word Cloud Infographic", "Word Cloud Poster Design", "Infographic with a Word Cloud"],
      tasks: [
        "design a word cloud from our customer survey answers",
        "create a poster with a word cloud of our values",
      ],
      deliverables: ["print-ready PDF and PNG"],
      requirements: ["a good eye for typography"],
      skills: ["Infographic", "Graphic Design", "Adobe Illustrator"],
    },
  },
  {
    category: "SM",
    trips: "cloud",
    job: {
      subs: ["Marketing Automation", "Email Marketing", "Campaign Management"],
      role: "Salesforce Marketing Cloud specialist",
      titles: ["Salesforce Marketing Cloud Email Journeys", "Marketing Cloud Campaign Specialist"],
      tasks: [
        "build email journeys in Salesforce Marketing Cloud",
        "manage our campaigns in Marketing Cloud",
      ],
      deliverables: ["live journeys with reporting"],
      requirements: ["Marketing Cloud experience"],
      skills: ["Salesforce Marketing Cloud", "Email Marketing", "Campaign Management"],
    },
  },
  {
    category: "ADM",
    trips: "cloud",
    job: {
      subs: ["General Virtual Assistance", "Data Entry"],
      role: "virtual assistant",
      titles: ["Organize Our Google Drive Cloud Storage", "Clean Up Shared Cloud Folders"],
      tasks: [
        "organize our shared cloud folders and rename files consistently",
        "sort years of files in our Google Drive",
      ],
      deliverables: ["a tidy folder structure and an index"],
      requirements: ["an organized working style"],
      skills: ["Google Drive", "File Management", "Administrative Support"],
    },
  },
  {
    category: "DES",
    trips: "cloud",
    job: {
      subs: ["Graphic Design", "Music Production", "Audio Production"],
      role: "cover artist",
      titles: ["Cover Art for SoundCloud Releases", "SoundCloud Banner and Artwork"],
      tasks: ["design cover art for my SoundCloud tracks", "make a banner and avatar for my SoundCloud page"],
      deliverables: ["square artwork files"],
      requirements: ["a portfolio of music artwork"],
      skills: ["Album Cover Design", "Graphic Design", "Adobe Photoshop"],
    },
  },
  {
    category: "ACC",
    trips: "cloud",
    job: {
      subs: ["Bookkeeping", "Accounting"],
      role: "bookkeeper",
      titles: ["Cloud Accounting Setup in QuickBooks Online", "Move Our Books to Cloud Accounting"],
      tasks: [
        "move our books from desktop software to cloud accounting",
        "set up QuickBooks Online for a new company",
      ],
      deliverables: ["a configured chart of accounts"],
      requirements: ["QuickBooks ProAdvisor certification"],
      skills: ["QuickBooks Online", "Bookkeeping", "Accounting"],
    },
  },
];

export const OPENERS = [
  "We are {biz} and we are growing quickly.",
  "I run {biz} and need some help.",
  "Our team at {biz} has a new project.",
  "We are {biz} based in {country}.",
  "Hello! We are {biz} looking for a reliable freelancer.",
];

export const NEED_FRAMES = [
  "We are looking for a {role} to {task}.",
  "I need an experienced {role} to {task}.",
  "The job is to {task}.",
  "We need someone to {task}.",
  "Looking for a {role} who can {task}.",
];

export const DELIVERABLE_FRAMES = [
  "Deliverables: {d}.",
  "You will deliver {d}.",
  "At the end we expect {d}.",
];

export const REQUIREMENT_FRAMES = [
  "The ideal candidate has {r}.",
  "Please apply only if you have {r}.",
  "You should have {r}.",
  "Must have {r}.",
];

/** Where the post names the skill phrase that maps it to a bucket. */
export const PHRASE_FRAMES = [
  "Experience with {p} is essential.",
  "The work is mainly {p}.",
  "Please describe your experience with {p}.",
  "We want someone strong in {p}.",
];

export const CLOSINGS = [
  "Please share examples of similar work in your proposal.",
  "Start date is flexible, but we would like to begin soon.",
  "Include your rate and availability when you apply.",
  "This could turn into a long-term collaboration.",
  "Tell us briefly how you would approach this.",
];

/** Client countries, weighted roughly as on a global marketplace. */
export const COUNTRIES: readonly (readonly [string, number])[] = [
  ["United States", 40],
  ["United Kingdom", 9],
  ["India", 7],
  ["Canada", 6],
  ["Australia", 5],
  ["Germany", 3],
  ["United Arab Emirates", 2.5],
  ["Pakistan", 2],
  ["Netherlands", 2],
  ["France", 1.8],
  ["Israel", 1.6],
  ["Singapore", 1.5],
  ["Saudi Arabia", 1.3],
  ["Spain", 1.2],
  ["Italy", 1.2],
  ["Switzerland", 1],
  ["Ireland", 0.9],
  ["Sweden", 0.8],
  ["Philippines", 0.8],
  ["Nigeria", 0.7],
  ["Brazil", 0.7],
  ["Poland", 0.7],
  ["South Africa", 0.7],
  ["Mexico", 0.6],
  ["Japan", 0.5],
  ["Denmark", 0.5],
  ["New Zealand", 0.5],
  ["Belgium", 0.5],
  ["Norway", 0.4],
  ["Romania", 0.4],
];

/** Typical fixed budget (median, USD) and hourly rate (median) of ordinary work per category. */
export const PRICE_LEVELS: Record<CategoryKey, { fixed: number; hourly: number }> = {
  ACC: { fixed: 250, hourly: 30 },
  ADM: { fixed: 80, hourly: 10 },
  CS: { fixed: 150, hourly: 9 },
  DS: { fixed: 250, hourly: 30 },
  DES: { fixed: 120, hourly: 22 },
  EA: { fixed: 300, hourly: 30 },
  IT: { fixed: 250, hourly: 35 },
  LEG: { fixed: 300, hourly: 60 },
  SM: { fixed: 250, hourly: 20 },
  TR: { fixed: 60, hourly: 18 },
  WMSD: { fixed: 500, hourly: 30 },
  WR: { fixed: 120, hourly: 25 },
};

/** Preferred AI-flavoured subcategories per category (first existing wins). */
export const AI_SUBCATEGORIES: Partial<Record<CategoryKey, string[]>> = {
  DS: ["Machine Learning", "Deep Learning", "Generative AI Modeling"],
  WMSD: ["AI Integration", "AI Chatbot Development"],
  DES: ["AI Image Generation & Editing"],
  WR: ["AI Content Writing"],
};
